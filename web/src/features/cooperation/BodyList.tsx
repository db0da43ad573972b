import { useTranslation } from 'react-i18next';
import type { BodySummary } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { Empty } from '../../app/ui.tsx';

/** Bodies as a table: name, type, members today, creation. */
export function BodyList({
  country,
  within,
  bodies,
  selected,
}: {
  country: string;
  within: string | null;
  bodies: BodySummary[];
  selected: string | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (bodies.length === 0) return <Empty>{t('cooperation.none')}</Empty>;
  return (
    <>
      <p className="muted">{t('cooperation.count', { count: bodies.length })}</p>
      <table className="table body-table">
        <thead>
          <tr>
            <th scope="col">{t('cooperation.name')}</th>
            <th scope="col">{t('cooperation.type')}</th>
            <th scope="col" className="num">
              {t('cooperation.members')}
            </th>
            <th scope="col">{t('cooperation.created')}</th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((b) => (
            <tr key={b.code} data-body={b.code} aria-current={b.code === selected ? 'true' : undefined}>
              <th scope="row">
                <Link to={paths.body(country, b.code, within)}>
                  <bdi>{b.name}</bdi>
                </Link>
                {b.dissolvedOn && <span className="badge">{t('cooperation.dissolved')}</span>}
              </th>
              <td>
                <abbr title={t(`common:bodyTypes.${b.type}`, { defaultValue: b.type })}>
                  {t(`cooperation.typeShort.${b.type}`, { defaultValue: b.type })}
                </abbr>
              </td>
              <td className="num" data-members={b.members}>
                {fmt.number(b.members)}
              </td>
              <td className="nowrap">{fmt.date(b.createdOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

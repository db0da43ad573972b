import { useTranslation } from 'react-i18next';
import type { BodyDetail } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import { useNames } from '../../app/names.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { Code, OtherName } from '../../app/ui.tsx';

/** Members with their join and leave dates; former members stay listed, set apart. */
export function MemberTable({ country, body }: { country: string; body: BodyDetail }) {
  const { t } = useTranslation();
  const { primary, secondary } = useNames();
  const fmt = useFormat();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <table className="table member-table">
      <thead>
        <tr>
          <th scope="col">{t('cooperation.member')}</th>
          <th scope="col">{t('inspector.code')}</th>
          <th scope="col">{t('cooperation.joined')}</th>
          <th scope="col">{t('cooperation.left')}</th>
          <th scope="col">{t('cooperation.role')}</th>
        </tr>
      </thead>
      <tbody>
        {body.memberships.map((m) => {
          const other = secondary(m.names);
          const former = m.leftOn !== null && m.leftOn <= today;
          return (
            <tr key={`${m.code}-${m.joinedOn}`} className={former ? 'former' : undefined}>
              <th scope="row">
                <Link to={paths.unit(country, m.code, m.level)}>{primary(m.names)}</Link> {other && <OtherName {...other} />}
              </th>
              <td>
                <Code>{m.code}</Code>
              </td>
              <td className="nowrap">
                {m.joinedOn ? fmt.date(m.joinedOn) : <span className="muted">{t('cooperation.unknownDate')}</span>}
              </td>
              <td className="nowrap">{m.leftOn ? fmt.date(m.leftOn) : ''}</td>
              <td>{m.role ? t(`cooperation.roles.${m.role}`, { defaultValue: m.role }) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

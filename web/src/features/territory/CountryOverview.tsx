import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useFormat } from '../../app/format.ts';
import type { Territory } from '../../app/levels.ts';
import { useNames } from '../../app/names.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { Card, FictionalBadge, OtherName } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';

/** The territory as a whole: its levels and how many units each holds. */
export function CountryOverview({ territory }: { territory: Territory }) {
  const { t } = useTranslation();
  const { primary, secondary } = useNames();
  const fmt = useFormat();
  const c = territory.territory;
  const counts = useResource(
    async (s) => {
      if (!c) return {};
      const totals = await Promise.all(
        c.levels.map((l) => api.units(c.code, { level: l.id, limit: 1 }, s).then((r) => [l.id, r.total] as const)),
      );
      return Object.fromEntries(totals);
    },
    [c?.code],
  );
  if (!c) return null;
  const other = secondary(c.names);
  return (
    <article className="record">
      <header className="record-head">
        <h1>
          {primary(c.names)} {other && <OtherName {...other} />}
        </h1>
        <p className="muted">
          {c.code}
          {c.names.zgh && (
            <>
              {' · '}
              <span lang="zgh" className="tifinagh">
                {c.names.zgh}
              </span>
            </>
          )}
        </p>
        {c.fictional && <FictionalBadge />}
      </header>
      <div className="cards">
        <Card title={t('territory.levels')}>
          <table className="table">
            <tbody>
              {c.levels.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{territory.levelName(l.id)}</th>
                  <td className="num">{fmt.number(counts.data?.[l.id])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title={t('territory.elsewhere')}>
          <ul className="plain-list">
            <li>
              <Link to={paths.cooperation(c.code)}>{t('nav.cooperation')}</Link>
            </li>
            <li>
              <Link to={paths.imports()}>{t('nav.imports')}</Link>
            </li>
          </ul>
        </Card>
      </div>
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { UnitNames, UnitSummary } from '../../api/types.ts';
import type { Territory } from '../../app/levels.ts';
import { useNames } from '../../app/names.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { Empty, ErrorNote, Loading } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { UnitRow } from './UnitRow.tsx';

export interface ListParent {
  code: string;
  level: string;
  names: UnitNames;
}

/**
 * The units directly below `parent` (or the top level of the territory), grouped by level:
 * a province lists its cercles and, apart, its urban communes, which hang from it directly.
 */
export function ChildList({
  country,
  territory,
  parent,
  selected,
}: {
  country: string;
  territory: Territory;
  parent: ListParent | null;
  selected: string | null;
}) {
  const { t } = useTranslation();
  const { primary } = useNames();
  const root = territory.rootLevels[0]?.id;
  const res = useResource(
    (s) =>
      parent
        ? api.units(country, { parent: parent.code, indicators: ['population'], limit: 5000 }, s)
        : root
          ? api.units(country, { level: root, indicators: ['population'], limit: 5000 }, s)
          : Promise.resolve({ units: [], total: 0 }),
    [country, parent?.code, root],
  );
  const groups = groupByLevel(res.data?.units ?? [], territory.rank);

  return (
    <div className="child-list" aria-busy={res.loading}>
      <div className="child-list-head">
        {parent ? (
          <>
            <span className="muted">{t('territory.inside')}</span>
            <Link to={paths.unit(country, parent.code, parent.level)} className="child-list-parent">
              {primary(parent.names)}
            </Link>
          </>
        ) : (
          <span className="muted">{t('territory.topLevel')}</span>
        )}
      </div>
      {res.error && <ErrorNote error={res.error} onRetry={res.reload} />}
      {!res.data && !res.error && <Loading />}
      {res.data?.units.length === 0 && <Empty>{t('territory.noChildren')}</Empty>}
      {groups.map(([level, units]) => (
        <section key={level} className="level-group" data-level={level}>
          <h2 className="level-group-title">
            {territory.levelName(level)} <span className="count">{units.length}</span>
          </h2>
          <ul className="unit-list">
            {units.map((u) => (
              <UnitRow key={u.id} country={country} unit={u} territory={territory} selected={u.code === selected} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function groupByLevel(units: UnitSummary[], rank: (level: string) => number): [string, UnitSummary[]][] {
  const m = new Map<string, UnitSummary[]>();
  for (const u of units) m.set(u.level, [...(m.get(u.level) ?? []), u]);
  return [...m.entries()].sort((a, b) => rank(a[0]) - rank(b[0]));
}

import type { UnitSummary } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import type { Territory } from '../../app/levels.ts';
import { useNames } from '../../app/names.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { OtherName } from '../../app/ui.tsx';

/** One unit in a list: its name in both scripts, its kind and code, and its latest population. */
export function UnitRow({
  country,
  unit,
  territory,
  selected,
  showLevel = false,
}: {
  country: string;
  unit: UnitSummary;
  territory: Territory;
  selected: boolean;
  showLevel?: boolean;
}) {
  const { primary, secondary } = useNames();
  const fmt = useFormat();
  const other = secondary(unit.names);
  const population = unit.values.population;
  const meta = [showLevel ? territory.levelName(unit.level) : null, territory.kindName(unit.kind) || null, unit.code]
    .filter(Boolean)
    .join(' · ');
  return (
    <li>
      <Link
        to={paths.unit(country, unit.code, unit.level)}
        className="unit-row"
        aria-current={selected ? 'true' : undefined}
        data-unit={unit.code}
      >
        <span className="unit-row-names">
          <span className="unit-row-name">{primary(unit.names)}</span>
          {other && <OtherName {...other} />}
        </span>
        <span className="unit-row-meta">{meta}</span>
        {population && (
          <span className="unit-row-value num" title={String(population.year)}>
            {fmt.number(population.value)}
          </span>
        )}
      </Link>
    </li>
  );
}

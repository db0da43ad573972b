import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import type { Territory } from '../../app/levels.ts';
import { Card } from '../../app/ui.tsx';

/** How many units sit directly below, by level (the list itself is in the browser beside). */
export function ChildrenCard({ unit, territory }: { unit: UnitDetail; territory: Territory }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const entries = Object.entries(unit.childrenByLevel).sort((a, b) => territory.rank(a[0]) - territory.rank(b[0]));
  if (entries.length === 0) return null;
  return (
    <Card title={t('inspector.children')}>
      <table className="table table-keyed">
        <tbody>
          {entries.map(([level, n]) => (
            <tr key={level} data-level={level}>
              <th scope="row">{territory.levelName(level)}</th>
              <td className="num">{fmt.number(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

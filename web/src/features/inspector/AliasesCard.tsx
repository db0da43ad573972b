import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../api/types.ts';
import { Card, Code } from '../../app/ui.tsx';

/** Other codes of the unit (older numbering, the HCP's digits-only form) that imports also join on. */
export function AliasesCard({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  if (unit.aliases.length === 0) return null;
  return (
    <Card title={t('inspector.aliases')}>
      <table className="table table-keyed">
        <tbody>
          {unit.aliases.map((a) => (
            <tr key={`${a.scheme}:${a.code}`}>
              <th scope="row">{t(`inspector.schemes.${a.scheme}`, { defaultValue: a.scheme })}</th>
              <td>
                <Code>{a.code}</Code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

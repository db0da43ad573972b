import { useTranslation } from 'react-i18next';
import type { UnitDetail, UnitNames } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import type { Territory } from '../../app/levels.ts';
import { Card, Code } from '../../app/ui.tsx';

/** The official names in every script the reference holds: Tifinagh appears when it is known. */
const NAME_ROWS: { key: keyof UnitNames; className?: string }[] = [
  { key: 'fr' },
  { key: 'ar' },
  { key: 'zgh', className: 'tifinagh' },
  { key: 'en' },
];

export function IdentityCard({ unit, territory }: { unit: UnitDetail; territory: Territory }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card title={t('inspector.identity')}>
      <table className="table table-keyed">
        <tbody>
          {NAME_ROWS.filter((r) => unit.names[r.key]).map((r) => (
            <tr key={r.key}>
              <th scope="row">{t(`inspector.nameIn.${r.key}`)}</th>
              <td>
                <bdi lang={r.key} dir="auto" className={r.className}>
                  {unit.names[r.key]}
                </bdi>
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('inspector.code')}</th>
            <td>
              <Code>{unit.code}</Code>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('inspector.level')}</th>
            <td>{territory.levelName(unit.level)}</td>
          </tr>
          {unit.kind && (
            <tr>
              <th scope="row">{t('inspector.kind')}</th>
              <td>{territory.kindName(unit.kind)}</td>
            </tr>
          )}
          {unit.areaKm2 !== null && (
            <tr>
              <th scope="row">{t('inspector.area')}</th>
              <td className="num">{t('inspector.km2', { value: fmt.number(Math.round(unit.areaKm2 * 10) / 10) })}</td>
            </tr>
          )}
          {unit.validFrom && (
            <tr>
              <th scope="row">{t('inspector.validFrom')}</th>
              <td>{fmt.date(unit.validFrom)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </Card>
  );
}

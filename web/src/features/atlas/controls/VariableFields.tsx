import { useTranslation } from 'react-i18next';
import type { Variable } from '../../../../../src/core/map/document.ts';
import type { IndicatorInfo } from '../../../api/types.ts';
import { useMapLanguage } from '../legend/context.ts';
import { Field } from './Field.tsx';

/** Indicator, year (or each unit's latest) and what it is divided by (area, another indicator). */
export function VariableFields({
  variable,
  onChange,
  indicators,
}: {
  variable: Variable;
  onChange(v: Variable): void;
  indicators: IndicatorInfo[];
}) {
  const { t } = useTranslation();
  const lang = useMapLanguage();
  const label = (i: IndicatorInfo) => i.labels[lang] ?? i.labels.fr ?? i.id;
  const current = indicators.find((i) => i.id === variable.indicator);
  const per = variable.per === 'area' ? 'area' : (variable.per?.indicator ?? '');
  const set = (change: Partial<Variable>) => {
    const next = { ...variable, ...change };
    for (const k of Object.keys(change) as (keyof Variable)[]) if (change[k] === undefined) delete next[k];
    onChange(next);
  };
  return (
    <>
      <Field label={t('atlas.variable.indicator')} name="indicator">
        <select value={variable.indicator} onChange={(e) => set({ indicator: e.target.value, year: undefined })}>
          {!current && <option value={variable.indicator}>{variable.indicator}</option>}
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {label(i)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('atlas.variable.year')} name="year">
        <select value={variable.year ?? ''} onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('atlas.variable.latest')}</option>
          {[...(current?.years ?? [])].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('atlas.variable.per')} name="per">
        <select
          value={per}
          onChange={(e) =>
            set({ per: e.target.value === 'area' ? 'area' : e.target.value ? { indicator: e.target.value } : undefined })
          }
        >
          <option value="">{t('atlas.variable.perNone')}</option>
          <option value="area">{t('atlas.variable.perArea')}</option>
          {indicators
            .filter((i) => i.id !== variable.indicator)
            .map((i) => (
              <option key={i.id} value={i.id}>
                {t('atlas.variable.perIndicator', { indicator: label(i) })}
              </option>
            ))}
        </select>
      </Field>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../../src/core/map/format.ts';
import type { CategoryLegend as Legend } from '../../../../../src/core/map/legend.ts';
import type { LegendProps } from './types.ts';
import { Swatch } from './Swatch.tsx';

/** One row per category with its count; communes in several bodies (striped), in none, without data. */
export function CategoryLegend({ legend, lang }: LegendProps<Legend>) {
  const { t } = useTranslation();
  return (
    <ul className="legend-rows">
      {legend.categories.map((c) => (
        <li key={c.key} className="legend-category" data-key={c.key} data-count={c.count} data-color={c.color}>
          <Swatch color={c.color} />
          <span className="legend-label">{c.labelKey ? t(c.labelKey, { defaultValue: c.label[lang] }) : c.label[lang]}</span>
          <span className="legend-count">{formatNumber(c.count, lang)}</span>
        </li>
      ))}
      {legend.multiple ? (
        <li className="legend-multiple" data-count={legend.multiple}>
          <Swatch color={null} stripes={legend.categories.slice(0, 3).map((c) => c.color)} />
          <span className="legend-label">{t('map:legend.multiple')}</span>
          <span className="legend-count">{formatNumber(legend.multiple, lang)}</span>
        </li>
      ) : null}
      {legend.none ? (
        <li className="legend-none" data-count={legend.none.count}>
          <Swatch color={legend.none.color} />
          <span className="legend-label">{t('map:legend.none')}</span>
          <span className="legend-count">{formatNumber(legend.none.count, lang)}</span>
        </li>
      ) : null}
      {legend.noData.count > 0 && (
        <li className="legend-no-data" data-count={legend.noData.count}>
          <Swatch color={null} />
          <span className="legend-label">{t('map:legend.noData')}</span>
          <span className="legend-count">{formatNumber(legend.noData.count, lang)}</span>
        </li>
      )}
    </ul>
  );
}

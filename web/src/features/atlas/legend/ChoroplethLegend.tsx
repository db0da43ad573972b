import { useTranslation } from 'react-i18next';
import { formatNumber, legendLabels } from '../../../../../src/core/map/format.ts';
import type { ChoroplethLegend as Legend } from '../../../../../src/core/map/legend.ts';
import { Histogram } from './Histogram.tsx';
import type { LegendProps } from './types.ts';
import { Swatch } from './Swatch.tsx';

/** Classes from the highest down, each with its limits and count; no data as such; the histogram. */
export function ChoroplethLegend({ legend, lang }: LegendProps<Legend>) {
  const { t } = useTranslation();
  const labels = legendLabels(legend.classes, lang);
  const rows = legend.classes.map((c, i) => ({ c, i, label: labels[i] ?? '' })).reverse();
  return (
    <>
      <ul className="legend-rows">
        {rows.map(({ c, i, label }) => (
          <li
            key={i}
            className="legend-class"
            data-class={i}
            data-lower={c.lower}
            data-upper={c.upper}
            data-count={c.count}
            data-color={c.color}
          >
            <Swatch color={c.color} />
            <span className="legend-label">{label}</span>
            <span className="legend-count">{formatNumber(c.count, lang)}</span>
          </li>
        ))}
        <li className="legend-no-data" data-count={legend.noData.count}>
          <Swatch color={null} />
          <span className="legend-label">{t('map:legend.noData')}</span>
          <span className="legend-count">{formatNumber(legend.noData.count, lang)}</span>
        </li>
      </ul>
      <p className="legend-note">
        {t('map:legend.method', { method: t(`map:methods.${legend.method}`), count: legend.classes.length })}
      </p>
      {legend.warnings?.map((w) => (
        <p key={w} className="legend-note legend-warning">
          {t(`map:warnings.${w}`, { count: legend.classes.length })}
        </p>
      ))}
      <Histogram legend={legend} lang={lang} />
      <p className="legend-note">
        {t('atlas.legend.varianceFit', { value: formatNumber(Math.round(legend.varianceFit * 100), lang) })}
      </p>
    </>
  );
}

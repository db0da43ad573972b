import { useTranslation } from 'react-i18next';
import { formatValue } from '../../../../../src/core/map/format.ts';
import type { FlowLegend as Flows, SymbolLegend as Symbols } from '../../../../../src/core/map/legend.ts';
import type { LegendProps } from './types.ts';

/** Reference circles, nested as on the map, largest first, with their values. */
export function SymbolLegend({ legend, lang }: LegendProps<Symbols>) {
  const { t } = useTranslation();
  const r = legend.sizes[0]?.radius ?? 0;
  return (
    <>
      <svg className="legend-sizes" width={2 * r + 90} height={2 * r + 4} direction="ltr" aria-hidden="true">
        {legend.sizes.map((s) => (
          <g key={s.value}>
            <circle
              cx={r + 1}
              cy={2 * r + 2 - s.radius}
              r={s.radius}
              fill={legend.color}
              fillOpacity={0.25}
              stroke={legend.color}
            />
            <line
              x1={r + 1}
              x2={2 * r + 10}
              y1={2 * r + 2 - 2 * s.radius}
              y2={2 * r + 2 - 2 * s.radius}
              className="legend-leader"
            />
            <text x={2 * r + 13} y={2 * r + 6 - 2 * s.radius} className="legend-size-label">
              {formatValue(s.value, lang)}
            </text>
          </g>
        ))}
      </svg>
      <p className="legend-note">{t('map:legend.symbols')}</p>
    </>
  );
}

/** Reference widths of flows, largest first, and how many flows the minimum leaves out. */
export function FlowLegend({ legend, lang }: LegendProps<Flows>) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="legend-rows">
        {legend.widths.map((w) => (
          <li key={w.value} className="legend-flow">
            <svg width="44" height="18" aria-hidden="true">
              <line
                x1="2"
                x2="42"
                y1="9"
                y2="9"
                stroke={legend.color}
                strokeWidth={Math.max(0.6, w.width)}
                strokeLinecap="round"
              />
            </svg>
            <span className="legend-label">{formatValue(w.value, lang)}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">
        {t('map:legend.flows', { drawn: legend.drawn, total: legend.total, min: formatValue(legend.minValue, lang) })}
      </p>
    </>
  );
}

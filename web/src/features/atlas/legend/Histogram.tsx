import { useTranslation } from 'react-i18next';
import { classIndex } from '../../../../../src/core/map/classify/index.ts';
import { formatValue, type MapLanguage } from '../../../../../src/core/map/format.ts';
import type { ChoroplethLegend } from '../../../../../src/core/map/legend.ts';

const W = 220;
const H = 64;
const PAD = 2;

/**
 * The values' distribution under the legend: equal-width bins coloured by their class, the class
 * limits as vertical lines. A numeric axis reads left to right in every language.
 */
export function Histogram({ legend, lang }: { legend: ChoroplethLegend; lang: MapLanguage }) {
  const { t } = useTranslation();
  const bins = legend.histogram;
  if (bins.length === 0) return null;
  const min = bins[0]?.from as number;
  const max = bins.at(-1)?.to as number;
  const span = max - min || 1;
  const x = (v: number) => PAD + ((v - min) / span) * (W - 2 * PAD);
  const top = Math.max(...bins.map((b) => b.count), 1);
  const color = (b: (typeof bins)[number]) => legend.classes[classIndex((b.from + b.to) / 2, legend.breaks)]?.color ?? '#999';
  return (
    <figure className="histogram">
      <svg viewBox={`0 0 ${W} ${H + 14}`} role="img" aria-label={t('atlas.legend.histogram')} direction="ltr">
        {bins.map((b) => {
          const h = (b.count / top) * (H - 4);
          return (
            <rect
              key={b.from}
              x={x(b.from)}
              y={H - h}
              width={Math.max(0.5, x(b.to) - x(b.from) - 0.6)}
              height={h}
              fill={color(b)}
            >
              <title>{`${formatValue(b.from, lang)} – ${formatValue(b.to, lang)} : ${b.count}`}</title>
            </rect>
          );
        })}
        {legend.breaks.map((b) => (
          <line key={b} className="histogram-break" x1={x(b)} x2={x(b)} y1={0} y2={H} />
        ))}
        <line className="histogram-axis" x1={PAD} x2={W - PAD} y1={H + 0.5} y2={H + 0.5} />
        <text x={PAD} y={H + 12} className="histogram-tick">
          {formatValue(min, lang)}
        </text>
        <text x={W - PAD} y={H + 12} className="histogram-tick" textAnchor="end">
          {formatValue(max, lang)}
        </text>
      </svg>
      <figcaption className="visually-hidden">{t('atlas.legend.histogram')}</figcaption>
    </figure>
  );
}

import { type GeoProjection, geoDistance } from 'd3-geo';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../core/map/format.ts';
import { el, r1, text } from './escape.ts';
import { textWidth } from './text.ts';
import type { Lang } from './titles.ts';

/** Mean Earth radius (IUGG), km. */
const EARTH_KM = 6371.0088;

/**
 * Kilometres per pixel along the parallel through (x, y): Mercator stretches distances by
 * 1/cos(latitude), so the scale bar is only true at the latitude it is measured at — the middle
 * of the map, where the reader's eye is.
 */
export function kmPerPixel(projection: GeoProjection, x: number, y: number): number {
  const a = projection.invert?.([x - 50, y]);
  const b = projection.invert?.([x + 50, y]);
  if (!a || !b) return Number.NaN;
  return (geoDistance(a, b) * EARTH_KM) / 100;
}

/** The largest 1, 2 or 5 × 10ⁿ km not longer than `maxKm`. */
export function roundLength(maxKm: number): number {
  if (!(maxKm > 0)) return 0;
  const p = 10 ** Math.floor(Math.log10(maxKm));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= maxKm) ?? p;
}

/**
 * A two-segment scale bar (black and white, ticks at 0, half and the full length), its labels
 * included, starting at `at.x` (align left) or ending there (align right), its baseline at `y`.
 */
export function scaleBar(
  km: number,
  at: { x: number; align: 'left' | 'right' },
  y: number,
  maxWidth: number,
  lang: Lang,
  t: TFunction,
): string {
  const length = roundLength(maxWidth * km);
  if (!(length > 0)) return '';
  const w = length / km;
  const decimals = length < 2 ? 1 : 0;
  const last = t('map:scale', { value: formatNumber(length, lang, decimals) });
  // The end labels are centred on the ends of the bar: keep them inside the frame.
  const x0 = at.align === 'left' ? at.x + 4 : at.x - w - textWidth(last, 9.5) / 2;
  const h = 5;
  const label = (s: string, x: number) =>
    text({ x, y: y - h - 4, 'font-size': 9.5, fill: '#1f1f1f', 'text-anchor': 'middle' }, s);
  return (
    '<g class="scale-bar">' +
    el('rect', { x: x0, y: y - h, width: w / 2, height: h, fill: '#1f1f1f' }) +
    el('rect', { x: x0 + w / 2, y: y - h, width: w / 2, height: h, fill: '#ffffff', stroke: '#1f1f1f', 'stroke-width': 0.8 }) +
    el('rect', { x: x0, y: y - h, width: w, height: h, fill: 'none', stroke: '#1f1f1f', 'stroke-width': 0.8 }) +
    label(formatNumber(0, lang), x0) +
    label(formatNumber(length / 2, lang, Number.isInteger(length / 2) ? 0 : 1), x0 + w / 2) +
    label(last, x0 + w) +
    '</g>'
  );
}

/** A north arrow (half-filled, the usual compass needle) with its letter above, centred on x. */
export function northArrow(cx: number, top: number, t: TFunction): string {
  const x = r1(cx);
  const y = r1(top);
  const h = 26;
  const w = 8;
  return (
    '<g class="north-arrow">' +
    text({ x, y, 'font-size': 11, 'font-weight': 'bold', fill: '#1f1f1f', 'text-anchor': 'middle' }, t('map:north')) +
    el('path', {
      d: `M${x},${y + 4}L${x - w},${y + 4 + h}L${x},${y + h - 2}Z`,
      fill: '#ffffff',
      stroke: '#1f1f1f',
      'stroke-width': 0.9,
      'stroke-linejoin': 'round',
    }) +
    el('path', {
      d: `M${x},${y + 4}L${x + w},${y + 4 + h}L${x},${y + h - 2}Z`,
      fill: '#1f1f1f',
      stroke: '#1f1f1f',
      'stroke-width': 0.9,
      'stroke-linejoin': 'round',
    }) +
    '</g>'
  );
}

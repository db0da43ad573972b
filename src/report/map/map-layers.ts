import type { GeoPath, GeoProjection } from 'd3-geo';
import type { MapFlow, MapUnit } from '../../core/map/data.ts';
import { unitName } from '../../core/map/data.ts';
import type { FlowLayer, SymbolLayer } from '../../core/map/document.ts';
import { flowLines, type LonLat } from '../../core/map/flows.ts';
import { formatValue } from '../../core/map/format.ts';
import type { PaintedMap } from '../../core/map/paint.ts';
import { NO_FILL } from '../../core/map/palettes.ts';
import { rewindForD3 } from '../../core/map/winding.ts';
import { el, escapeXml } from './escape.ts';
import { placeLabels } from './labels.ts';
import { INK } from './legend-common.ts';
import { NO_DATA_PATTERN } from './patterns.ts';
import type { Lang } from './titles.ts';

/**
 * What is drawn inside the map frame, bottom to top: units, overlay borders, flows, symbols,
 * labels. Each function returns one `<g>`; the page (svg.ts) decides where the frame is.
 */
export interface MapContext {
  features: GeoJSON.Feature[];
  painted: PaintedMap;
  byCode: Map<string, MapUnit>;
  centroids: Map<string, LonLat>;
  projection: GeoProjection;
  path: GeoPath;
  lang: Lang;
  stripeId: (colors: readonly string[]) => string;
}

export function codeOf(f: GeoJSON.Feature<GeoJSON.Geometry | null>): string | null {
  const c = f.properties?.code ?? f.id;
  return c === undefined || c === null ? null : String(c);
}

/**
 * One `<path data-code>` per unit, its fill from paintUnits(): a colour, a stripe pattern, or the
 * no-data hatching (also for a unit the data does not know). A `<title>` gives name and value on
 * hover in any SVG viewer.
 */
export function unitPaths(m: MapContext, opacity: number | undefined): string {
  let svg = '';
  for (const f of m.features) {
    const code = codeOf(f);
    const d = code ? m.path(f) : null;
    if (!code || !d) continue;
    const p = m.painted.units.get(code);
    const fill = p?.stripes ? `url(#${m.stripeId(p.stripes)})` : (p?.fill ?? `url(#${NO_DATA_PATTERN})`);
    const u = m.byCode.get(code);
    const name = u ? unitName(u, m.lang) : code;
    const value = p?.value !== undefined && p.value !== null ? ` : ${formatValue(p.value, m.lang)}` : '';
    // Unfilled units (in no category) keep a visible border; the others have the group's white one.
    const stroke = p?.fill === NO_FILL ? '#b4b4b4' : undefined;
    const fillOpacity = p?.fill ? opacity : undefined;
    svg += el(
      'path',
      { 'data-code': code, d, fill, 'fill-opacity': fillOpacity, stroke },
      `<title>${escapeXml(name + value)}</title>`,
    );
  }
  return `<g class="units" stroke="#ffffff" stroke-width="0.35" stroke-linejoin="round">${svg}</g>`;
}

/** Borders of coarser levels, the first (provinces) thinner than the next (regions). */
export function overlayPaths(overlays: readonly GeoJSON.MultiLineString[], m: MapContext): string {
  const paths = overlays.map((o, i) => el('path', { d: m.path(rewindForD3(o)) ?? '', 'stroke-width': i === 0 ? 1.1 : 1.6 }));
  return `<g class="overlays" fill="none" stroke="#2b2b2b" stroke-linejoin="round" stroke-linecap="round">${paths.join('')}</g>`;
}

export function flowPaths(flows: MapFlow[], layer: FlowLayer, m: MapContext): string {
  let svg = '';
  for (const f of flowLines(flows, m.centroids, layer).features) {
    svg += el('path', {
      d: m.path(f.geometry) ?? '',
      'stroke-width': Math.max(0.4, f.properties.width),
      'data-origin': f.properties.origin,
      'data-destination': f.properties.destination,
    });
  }
  const color = escapeXml(layer.color);
  return `<g class="flows" fill="none" stroke="${color}" stroke-opacity="0.7" stroke-linecap="round">${svg}</g>`;
}

/** Circles at the units' inner points, the largest first so small ones stay visible on top. */
export function symbolCircles(layer: SymbolLayer, m: MapContext): string {
  const circles = [...m.painted.units]
    .filter(([code, u]) => u.radius && m.centroids.has(code))
    .sort((a, b) => (b[1].radius ?? 0) - (a[1].radius ?? 0));
  let svg = '';
  for (const [code, u] of circles) {
    const p = m.projection(m.centroids.get(code) as LonLat);
    if (p) svg += el('circle', { cx: p[0], cy: p[1], r: u.radius as number, 'data-code': code });
  }
  const color = escapeXml(layer.color);
  return `<g class="symbols" fill="${color}" fill-opacity="0.75" stroke="#ffffff" stroke-width="0.7">${svg}</g>`;
}

/** Names in the page's language (Arabic names for Arabic), as many as fit without colliding. */
export function unitLabels(m: MapContext, frame: { x0: number; y0: number; x1: number; y1: number }): string {
  const fontSize = m.lang === 'ar' ? 9 : 8;
  const candidates = m.features.flatMap((f) => {
    const code = codeOf(f);
    const c = code ? m.centroids.get(code) : undefined;
    const u = code ? m.byCode.get(code) : undefined;
    const p = c ? m.projection(c) : null;
    return p && u ? [{ x: p[0], y: p[1], text: unitName(u, m.lang), priority: labelPriority(u, m.path.area(f)) }] : [];
  });
  const style = `font-size="${fontSize}" fill="${INK}" stroke="#ffffff" stroke-width="2.4" stroke-linejoin="round" paint-order="stroke"`;
  return `<g class="labels" ${style}>${placeLabels(candidates, frame, fontSize)}</g>`;
}

/**
 * Which names win when labels collide: the most populous units (a reader looks for the towns),
 * then, for units without a population, the largest on the page.
 */
function labelPriority(u: MapUnit, area: number): number {
  const series = u.values.population ?? {};
  const latest = Object.keys(series)
    .sort()
    .reverse()
    .map((y) => series[y])
    .find((v): v is number => v !== null && v !== undefined);
  return latest !== undefined ? 1e12 + latest : area;
}

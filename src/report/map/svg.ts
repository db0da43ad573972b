import { geoMercator, geoPath } from 'd3-geo';
import type { TFunction } from 'i18next';
import type { MapData, MapFlow } from '../../core/map/data.ts';
import type { FlowLayer, MapDocument, SymbolLayer } from '../../core/map/document.ts';
import { unitCentroids } from '../../core/map/flows.ts';
import { paintUnits } from '../../core/map/paint.ts';
import { rewindFeatures } from '../../core/map/winding.ts';
import { el, escapeXml } from './escape.ts';
import { kmPerPixel, northArrow, scaleBar } from './furniture.ts';
import { drawLegends } from './legend-svg.ts';
import { flowPaths, type MapContext, overlayPaths, symbolCircles, unitLabels, unitPaths } from './map-layers.ts';
import { footer, legendGroup, MARGIN, titleBlock } from './page.ts';
import { noDataPattern, stripePatterns } from './patterns.ts';
import { Side } from './side.ts';
import { type DatasetNames, type IndicatorLabels, type Lang, mapTitle } from './titles.ts';

export interface MapSvgInput {
  doc: MapDocument;
  data: MapData;
  /** The units, `properties.code` (or `id`) joining them to `data.units`. Any ring orientation. */
  geometry: GeoJSON.FeatureCollection;
  /** Borders of coarser levels (core/map/overlays.ts), drawn over the units. */
  overlays?: GeoJSON.MultiLineString[];
  /** Flows of the document's flow layer. */
  flows?: MapFlow[];
  lang: Lang;
  /** i18next translation function with the `map` and `common` namespaces. */
  t: TFunction;
  width?: number;
  height?: number;
  /** ISO date printed at the bottom. */
  date: string;
  /** Where the data come from, printed as "Sources : …" (the document's `source` is added). */
  sources: string[];
  /** Generated demo data: says "Territoire fictif" on the map. */
  fictional?: boolean;
  /** Indicator labels and units from the catalogue, for indicators the map namespace does not name. */
  indicators?: IndicatorLabels;
  /** Names of flow datasets by key (the legend says "Flux : Navettes domicile-travail 2014"). */
  datasets?: DatasetNames;
}

const FONT = `'Noto Sans Arabic','Noto Sans Tifinagh','Noto Sans',sans-serif`;
/** Under the map, a band for the scale bar and the north arrow, so they never cover a unit. */
const FURNITURE_BAND = 46;

/**
 * A map document as a printable vector page: title, the units, overlay borders, flows, symbols,
 * labels, legend, scale bar, north arrow, sources and date. The colours come from paintUnits(),
 * as on screen; the projection is Mercator, like the browser's Web Mercator, so shapes match.
 * Pure string building — no DOM — so the browser, the server and the atlas generator can all
 * call it. For Arabic the page reads right to left: title, legend and footer are mirrored to the
 * right (side.ts), the map stays as it is.
 */
export function renderMapSvg(input: MapSvgInput): string {
  const { doc, data, lang, t } = input;
  const W = input.width ?? 1000;
  const H = input.height ?? 760;
  const side = new Side(W, lang === 'ar');
  const flowLayers = doc.layers.filter((l): l is FlowLayer => l.type === 'flows');
  const flows = input.flows;
  const painted = paintUnits(doc, data, flows ? { flows: Object.fromEntries(flowLayers.map((l) => [l.dataset, flows])) } : {});

  const title = mapTitle(doc, painted.legends, lang, t, input.indicators, input.datasets);
  const head = titleBlock(title, doc, data, { side, lang, t, fictional: input.fictional ?? false });
  const foot = footer([...input.sources, doc.source ?? ''], input.date, { side, height: H, lang, t });

  // The legend column on the reading side, the map frame beside it.
  const legendWidth = Math.min(300, Math.max(210, W * 0.26));
  const start = MARGIN + legendWidth + 18;
  const frame = { x0: side.box(start, W - MARGIN - start), y0: head.bottom, x1: 0, y1: foot.top - 12 };
  frame.x1 = frame.x0 + W - MARGIN - start;

  const fc = rewindFeatures(input.geometry) as GeoJSON.FeatureCollection;
  const projection = geoMercator().fitExtent(
    [
      [frame.x0 + 6, frame.y0 + 6],
      [frame.x1 - 6, frame.y1 - FURNITURE_BAND],
    ],
    fc,
  );
  const stripes = stripePatterns([...painted.units.values()].flatMap((u) => (u.stripes ? [u.stripes] : [])));
  const m: MapContext = {
    features: fc.features,
    painted,
    byCode: new Map(data.units.map((u) => [u.code, u])),
    centroids: unitCentroids(fc),
    projection,
    path: geoPath(projection).digits(1),
    lang,
    stripeId: stripes.idOf,
  };

  const fillLayer = painted.fillLayer !== undefined ? doc.layers[painted.fillLayer] : undefined;
  const opacity = fillLayer && 'opacity' in fillLayer ? fillLayer.opacity : undefined;
  const symbolLayer = doc.layers.findLast((l): l is SymbolLayer => l.type === 'symbols');
  const body =
    unitPaths(m, opacity) +
    overlayPaths(input.overlays ?? [], m) +
    (flows ? flowLayers.map((l) => flowPaths(flows, l, m)).join('') : '') +
    (symbolLayer ? symbolCircles(symbolLayer, m) : '') +
    (doc.labels.show ? unitLabels(m, frame) : '');

  const legend = drawLegends(painted.legends, head.bottom, {
    side,
    x: MARGIN,
    width: legendWidth,
    lang,
    t,
    stripeId: stripes.idOf,
    mapTitle: title,
    ...(input.indicators ? { indicators: input.indicators } : {}),
    ...(input.datasets ? { datasets: input.datasets } : {}),
  });

  // Scale bar and north arrow at the end of the reading direction: bottom right in French, left in Arabic.
  const km = kmPerPixel(projection, (frame.x0 + frame.x1) / 2, (frame.y0 + frame.y1) / 2);
  const at = side.rtl ? { x: frame.x0 + 34, align: 'left' as const } : { x: frame.x1 - 34, align: 'right' as const };
  const bar = Number.isFinite(km) ? scaleBar(km, at, frame.y1 - 4, 140, lang, t) : '';
  const north = northArrow(side.rtl ? frame.x0 + 12 : frame.x1 - 12, frame.y1 - 32, t);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" lang="${lang}" direction="${side.rtl ? 'rtl' : 'ltr'}" font-family="${FONT}">` +
    `<title>${escapeXml(title)}</title>` +
    `<defs>${noDataPattern()}${stripes.defs}</defs>` +
    el('rect', { width: W, height: H, fill: '#ffffff' }) +
    body +
    head.svg +
    legendGroup(legend.svg, legend.height, side.x(MARGIN), head.bottom, foot.top - 12 - head.bottom) +
    bar +
    north +
    foot.svg +
    '</svg>'
  );
}

import { legendLabels } from '../../core/map/format.ts';
import type { CategoryLegend, ChoroplethLegend } from '../../core/map/legend.ts';
import { NO_FILL } from '../../core/map/palettes.ts';
import { type Block, type LegendContext, legendHeading, noteBlock, ROW, swatchRow, titleBlock } from './legend-common.ts';
import { NO_DATA_PATTERN } from './patterns.ts';

/**
 * Choropleth legend: the classes from the highest (top) to the lowest, each with its limits and
 * the number of units in it, then the no-data entry (hatched, with its count, even when 0 — a
 * reader should know nothing is missing), then the method. Limits read "lower – upper"; a value
 * equal to a limit is in the lower class (see core/map/classify/class-index.ts).
 */
export function choroplethLegend(l: ChoroplethLegend, y0: number, c: LegendContext): Block {
  let y = y0;
  const head = titleBlock(legendHeading(l.title, c), y, c);
  let svg = head.svg;
  y += head.height;
  const labels = legendLabels(l.classes, c.lang);
  for (let i = l.classes.length - 1; i >= 0; i--) {
    const k = l.classes[i];
    if (!k) continue;
    svg += `<g class="legend-class" data-class="${i}">${swatchRow(y, k.color, labels[i] ?? '', k.count, c)}</g>`;
    y += ROW;
  }
  svg += `<g class="legend-no-data">${swatchRow(y, `url(#${NO_DATA_PATTERN})`, c.t('map:legend.noData'), l.noData.count, c)}</g>`;
  y += ROW + 4;
  const method = c.t('map:legend.method', { method: c.t(`map:methods.${l.method}`), count: l.classes.length });
  const note = noteBlock(method, y, c);
  svg += note.svg;
  y += note.height;
  return { svg, height: y - y0 };
}

/** Categories: one row per category with its count; "none" and "several" rows when they apply. */
export function categoryLegend(l: CategoryLegend, y0: number, c: LegendContext): Block {
  let y = y0;
  const head = titleBlock(legendHeading(l.title, c), y, c);
  let svg = head.svg;
  y += head.height;
  for (const k of l.categories) {
    const label = k.labelKey ? c.t(k.labelKey, { defaultValue: k.label[c.lang] }) : k.label[c.lang];
    svg += `<g class="legend-category">${swatchRow(y, k.color, capitalize(label), k.count, c)}</g>`;
    y += ROW;
  }
  if (l.multiple) {
    const stripes = l.categories.slice(0, 3).map((k) => k.color);
    svg += swatchRow(y, `url(#${c.stripeId(stripes)})`, c.t('map:legend.multiple'), l.multiple, c);
    y += ROW;
  }
  if (l.none) {
    svg += swatchRow(y, l.none.color === NO_FILL ? '#ffffff' : l.none.color, c.t('map:legend.none'), l.none.count, c);
    y += ROW;
  }
  if (l.noData.count > 0) {
    svg += swatchRow(y, `url(#${NO_DATA_PATTERN})`, c.t('map:legend.noData'), l.noData.count, c);
    y += ROW;
  }
  return { svg, height: y - y0 + 4 };
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

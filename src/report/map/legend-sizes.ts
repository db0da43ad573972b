import { formatValue } from '../../core/map/format.ts';
import type { FlowLegend, SymbolLegend } from '../../core/map/legend.ts';
import { el, r1, text } from './escape.ts';
import {
  type Block,
  INK,
  LEGEND_FONT,
  type LegendContext,
  legendHeading,
  MUTED,
  noteBlock,
  titleBlock,
} from './legend-common.ts';

/**
 * Proportional symbols: the reference circles nested and standing on one baseline (the usual
 * cartographic layout, which lets the eye compare areas), each with a leader line to its value.
 */
export function symbolLegend(l: SymbolLegend, y0: number, c: LegendContext): Block {
  let y = y0;
  const head = titleBlock(legendHeading(l.title, c), y, c);
  let svg = head.svg;
  y += head.height;
  const rMax = Math.max(0, ...l.sizes.map((s) => s.radius));
  const cx = c.x + rMax + 1;
  const base = y + 2 * rMax + 2;
  let lastLabelY = Number.NEGATIVE_INFINITY;
  for (const s of l.sizes) {
    const top = base - 2 * s.radius;
    svg += el('circle', {
      cx: c.side.x(cx),
      cy: base - s.radius,
      r: s.radius,
      fill: l.color,
      'fill-opacity': 0.25,
      stroke: l.color,
      'stroke-width': 0.8,
    });
    const ly = Math.max(top, lastLabelY + LEGEND_FONT.row + 2);
    lastLabelY = ly;
    const lx = cx + rMax + 10;
    svg += el('polyline', {
      points: `${r1(c.side.x(cx))},${r1(top)} ${r1(c.side.x(lx - 3))},${r1(ly)}`,
      fill: 'none',
      stroke: MUTED,
      'stroke-width': 0.5,
    });
    svg += text(
      { x: c.side.x(lx), y: ly + LEGEND_FONT.row * 0.36, 'font-size': LEGEND_FONT.row, fill: INK },
      formatValue(s.value, c.lang),
    );
  }
  y = Math.max(base, lastLabelY + LEGEND_FONT.row) + 6;
  const note = noteBlock(c.t('map:legend.symbols'), y, c);
  svg += note.svg;
  y += note.height;
  return { svg, height: y - y0 };
}

/** Flows: a line of each reference width with its value, then how many flows are drawn. */
export function flowLegend(l: FlowLegend, y0: number, c: LegendContext): Block {
  let y = y0;
  const head = titleBlock(legendHeading(l.title, c), y, c);
  let svg = head.svg;
  y += head.height;
  const len = 44;
  for (const w of l.widths) {
    const h = Math.max(w.width, LEGEND_FONT.row) + 6;
    const mid = y + h / 2;
    svg += el('line', {
      x1: c.side.x(c.x),
      y1: mid,
      x2: c.side.x(c.x + len),
      y2: mid,
      stroke: l.color,
      'stroke-width': Math.max(0.5, w.width),
      'stroke-opacity': 0.75,
    });
    svg += text(
      { x: c.side.x(c.x + len + 10), y: mid + LEGEND_FONT.row * 0.36, 'font-size': LEGEND_FONT.row, fill: INK },
      formatValue(w.value, c.lang),
    );
    y += h;
  }
  const note = noteBlock(
    c.t('map:legend.flows', { drawn: String(l.drawn), total: String(l.total), min: formatValue(l.minValue, c.lang) }),
    y + 2,
    c,
  );
  svg += note.svg;
  y += note.height + 2;
  return { svg, height: y - y0 };
}

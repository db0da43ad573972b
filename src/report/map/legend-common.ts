import type { TFunction } from 'i18next';
import { el, text } from './escape.ts';
import type { Side } from './side.ts';
import { ellipsize, wrap } from './text.ts';
import type { LegendTitle } from '../../core/map/legend.ts';
import { type DatasetNames, type IndicatorLabels, type Lang, legendTitle, variableUnit } from './titles.ts';

/** Where a legend block is drawn and in which language; each drawer returns its svg and height. */
export interface LegendContext {
  side: Side;
  /** Start of the legend column, in reading order (mirrored by `side` for Arabic). */
  x: number;
  width: number;
  lang: Lang;
  t: TFunction;
  indicators?: IndicatorLabels;
  datasets?: DatasetNames;
  stripeId: (colors: readonly string[]) => string;
  /** The page's title: a legend that would only repeat it is headed by its unit instead. */
  mapTitle?: string;
}

export interface Block {
  svg: string;
  height: number;
}

export const LEGEND_FONT = { title: 12.5, row: 11, note: 9.5 };
export const ROW = 18;
export const SWATCH = { width: 24, height: 13 };
export const INK = '#1f1f1f';
export const MUTED = '#5f5f5f';

/** The heading of a legend: its title, or only its unit when the page title already says the rest. */
export function legendHeading(title: LegendTitle, c: LegendContext): string | null {
  const full = legendTitle(title, c.lang, c.t, c.indicators, c.datasets);
  if (full !== c.mapTitle) return full;
  return title.kind === 'variable' ? variableUnit(title.variable, c.t, c.indicators) : null;
}

export function titleBlock(title: string | null, y: number, c: LegendContext): Block {
  if (!title) return { svg: '', height: 0 };
  const lines = wrap(title, c.width, LEGEND_FONT.title, true);
  const lh = LEGEND_FONT.title * 1.3;
  const svg = lines
    .map((l, i) =>
      text(
        { x: c.side.x(c.x), y: y + LEGEND_FONT.title + i * lh, 'font-size': LEGEND_FONT.title, 'font-weight': 'bold', fill: INK },
        l,
      ),
    )
    .join('');
  return { svg, height: lines.length * lh + 6 };
}

export function noteBlock(note: string, y: number, c: LegendContext): Block {
  const lines = wrap(note, c.width, LEGEND_FONT.note);
  const lh = LEGEND_FONT.note * 1.35;
  const svg = lines
    .map((l, i) => text({ x: c.side.x(c.x), y: y + LEGEND_FONT.note + i * lh, 'font-size': LEGEND_FONT.note, fill: MUTED }, l))
    .join('');
  return { svg, height: lines.length * lh + 4 };
}

/** A swatch, its label, and the number of units at the far end of the row. */
export function swatchRow(y: number, fill: string, label: string, count: number | null, c: LegendContext): string {
  const countText = count === null ? '' : `(${count})`;
  const countWidth = count === null ? 0 : 8 + countText.length * LEGEND_FONT.row * 0.6;
  const labelX = c.x + SWATCH.width + 8;
  const swatch = el('rect', {
    x: c.side.box(c.x, SWATCH.width),
    y: y + (ROW - SWATCH.height) / 2,
    width: SWATCH.width,
    height: SWATCH.height,
    fill,
    stroke: '#9a9a9a',
    'stroke-width': 0.6,
  });
  const baseline = y + ROW / 2 + LEGEND_FONT.row * 0.36;
  const labelSvg = text(
    { x: c.side.x(labelX), y: baseline, 'font-size': LEGEND_FONT.row, fill: INK },
    ellipsize(label, c.x + c.width - labelX - countWidth, LEGEND_FONT.row),
  );
  const countSvg =
    count === null
      ? ''
      : text(
          { x: c.side.x(c.x + c.width), y: baseline, 'font-size': LEGEND_FONT.row, fill: MUTED, 'text-anchor': 'end' },
          countText,
        );
  return swatch + labelSvg + countSvg;
}

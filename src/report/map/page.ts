import type { TFunction } from 'i18next';
import type { MapData } from '../../core/map/data.ts';
import type { MapDocument } from '../../core/map/document.ts';
import { NUMBER_LOCALES } from '../../core/map/format.ts';
import { el, r1, text } from './escape.ts';
import { INK, MUTED } from './legend-common.ts';
import type { Side } from './side.ts';
import { textWidth, wrap } from './text.ts';
import { type Lang, mapSubtitle } from './titles.ts';

/** The text around the map: title block on top, sources and date at the bottom, the legend's fit. */
export const MARGIN = 22;
const TITLE_SIZE = 20;
const FOOTER_SIZE = 9.5;
const FOOTER_LINE = 13;

/** Title (wrapped), subtitle, and the "fictional territory" badge; `bottom` is where the rest starts. */
export function titleBlock(
  title: string,
  doc: MapDocument,
  data: MapData,
  o: { side: Side; lang: Lang; t: TFunction; fictional: boolean },
): { svg: string; bottom: number } {
  const badge = o.fictional ? fictionalBadge(o.side, o.t) : null;
  const lines = wrap(title, o.side.width - 2 * MARGIN - (badge ? badge.width + 16 : 0), TITLE_SIZE, true);
  let y = MARGIN;
  let svg = '';
  for (const line of lines) {
    y += TITLE_SIZE + 2;
    svg += text({ x: o.side.x(MARGIN), y, 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: INK }, line);
    y += 4;
  }
  y += 16;
  svg += text({ x: o.side.x(MARGIN), y, 'font-size': 12.5, fill: MUTED }, mapSubtitle(doc, data, o.lang, o.t));
  return { svg: `<g class="title">${svg}${badge?.svg ?? ''}</g>`, bottom: y + 18 };
}

/** At the end of the title block (right in French, left in Arabic), where it cannot be missed. */
function fictionalBadge(side: Side, t: TFunction): { svg: string; width: number } {
  const label = t('map:fictional');
  const w = Math.max(120, textWidth(label, 12, true) + 24);
  const x = side.box(side.width - MARGIN - w, w);
  const svg =
    el('rect', { x, y: MARGIN + 4, width: w, height: 24, rx: 3, fill: '#fff4e5', stroke: '#b35900', 'stroke-width': 1 }) +
    text(
      { x: x + w / 2, y: MARGIN + 20, 'font-size': 12, 'font-weight': 'bold', fill: '#8a4500', 'text-anchor': 'middle' },
      label,
    );
  return { svg, width: w };
}

/** "Sources : …" (wrapped) and the date line, at the bottom; `top` is where the footer starts. */
export function footer(
  sources: readonly string[],
  isoDate: string,
  o: { side: Side; height: number; lang: Lang; t: TFunction },
): { svg: string; top: number } {
  const width = o.side.width - 2 * MARGIN;
  const list = sources.filter((s) => s.trim() !== '');
  const sourceLines = list.length
    ? wrap(o.t('map:sources', { list: list.join(o.t('map:sourceSeparator')) }), width, FOOTER_SIZE)
    : [];
  const lines = [...sourceLines, o.t('map:date', { date: formatDate(isoDate, o.lang) })];
  const top = o.height - MARGIN - lines.length * FOOTER_LINE;
  const svg = lines
    .map((l, i) => text({ x: o.side.x(MARGIN), y: top + 10 + i * FOOTER_LINE, 'font-size': FOOTER_SIZE, fill: MUTED }, l))
    .join('');
  return { svg: `<g class="footer">${svg}</g>`, top };
}

/**
 * The legends shrink, as a whole and around their top corner on the reading side, when they are
 * taller than the room beside the map (many categories on a small page): smaller type beats a
 * legend running into the sources line.
 */
export function legendGroup(svg: string, height: number, x: number, y: number, room: number): string {
  if (height <= room || room <= 0) return `<g class="legends">${svg}</g>`;
  const k = Math.round((room / height) * 1000) / 1000;
  return `<g class="legends" transform="translate(${r1(x)} ${r1(y)}) scale(${k}) translate(${r1(-x)} ${r1(-y)})">${svg}</g>`;
}

function formatDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(NUMBER_LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

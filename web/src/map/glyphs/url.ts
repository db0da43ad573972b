/**
 * The glyph URLs of the style and the ranges they name. The style's `glyphs` is answered in the
 * browser by the glyph protocol (protocol.ts): MapLibre asks for one range of 256 codepoints of
 * one font stack at a time, as it would ask a font server.
 */
export const GLYPHS_URL = 'glyphs://{fontstack}/{range}';

/** "glyphs://Noto Sans,Noto Sans Arabic/65024-65279" → the stack and the first codepoint. */
export function parseGlyphUrl(url: string): { stack: string; start: number } | null {
  const m = /^glyphs:\/\/(.+)\/(\d+)-(\d+)(?:\.pbf)?$/.exec(url);
  if (!m) return null;
  const start = Number(m[2]);
  if (start % 256 !== 0 || Number(m[3]) !== start + 255) return null;
  return { stack: decodeURIComponent(m[1] as string), start };
}

/** Nothing to draw: controls, unassigned codepoints, surrogates, private use, format marks. */
const UNDRAWABLE = /^[\p{Cc}\p{Cn}\p{Cs}\p{Co}\p{Cf}]$/u;

/**
 * The codepoints of a range that have a shape. The Arabic presentation forms (U+FB50–FDFF,
 * U+FE70–FEFF), which right-to-left shaping turns letters into, are ordinary ranges here.
 */
export function rangeCodepoints(start: number): number[] {
  const out: number[] = [];
  for (let cp = start; cp < start + 256; cp++) if (!UNDRAWABLE.test(String.fromCodePoint(cp))) out.push(cp);
  return out;
}

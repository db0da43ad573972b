import TinySDF from '@mapbox/tiny-sdf';
import { loadFaces } from './fonts.ts';
import { cssFont, type ParsedStack } from './stacks.ts';
import { rangeCodepoints } from './url.ts';
import { GLYPH_BORDER, type SdfGlyph } from './pbf.ts';

/**
 * Draws the 256 codepoints of a range as signed distance fields, the way a glyph server would:
 * 24 px, a 3 px border, radius 8. MapLibre scales these for every text size.
 */
export const GLYPH_SIZE = 24;
const RADIUS = 8;
const CUTOFF = 0.25;
/**
 * A glyph server's `top` is measured from an origin above the em box rather than from the
 * baseline; MapLibre's own local drawing shifts TinySDF glyphs by this much to line them up.
 */
const TOP_ADJUSTMENT = 27;

const rasterizers = new Map<string, TinySDF>();

function rasterizer(stack: ParsedStack): TinySDF {
  const key = cssFont(stack, GLYPH_SIZE);
  let sdf = rasterizers.get(key);
  if (!sdf) {
    sdf = new TinySDF({
      fontSize: GLYPH_SIZE,
      buffer: GLYPH_BORDER,
      radius: RADIUS,
      cutoff: CUTOFF,
      fontFamily: `${stack.families.map((f) => `"${f}"`).join(', ')}, sans-serif`,
      fontWeight: String(stack.weight),
    });
    rasterizers.set(key, sdf);
  }
  return sdf;
}

export async function drawRange(stack: ParsedStack, start: number): Promise<SdfGlyph[]> {
  const codepoints = rangeCodepoints(start);
  if (codepoints.length === 0) return [];
  await loadFaces(stack, String.fromCodePoint(...codepoints));
  const sdf = rasterizer(stack);
  return codepoints.map((id) => {
    const g = sdf.draw(String.fromCodePoint(id));
    const empty = g.glyphWidth === 0 || g.glyphHeight === 0;
    return {
      id,
      bitmap: empty ? null : Uint8Array.from(g.data),
      width: empty ? 0 : g.glyphWidth,
      height: empty ? 0 : g.glyphHeight,
      left: g.glyphLeft,
      top: g.glyphTop - TOP_ADJUSTMENT,
      advance: Math.round(g.glyphAdvance),
    };
  });
}

import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { decodeGlyphRanges, encodeGlyphRange, GLYPH_BORDER, type SdfGlyph } from '../../web/src/map/glyphs/pbf.ts';
import { FONT_STACKS, parseFontStack } from '../../web/src/map/glyphs/stacks.ts';
import { GLYPHS_URL, parseGlyphUrl, rangeCodepoints } from '../../web/src/map/glyphs/url.ts';

/**
 * The atlas draws its labels' glyphs in the browser and hands MapLibre a PBF per range of 256
 * codepoints. These tests pin the encoding to the glyphs.proto layout MapLibre parses, decoded
 * back both with our reader and with a copy of MapLibre's own field numbers.
 */
const glyph = (id: number, w: number, h: number): SdfGlyph => ({
  id,
  bitmap:
    w && h ? Uint8Array.from({ length: (w + 2 * GLYPH_BORDER) * (h + 2 * GLYPH_BORDER) }, (_, i) => (i * 7 + id) % 256) : null,
  width: w,
  height: h,
  left: -1,
  top: -12,
  advance: w + 2,
});

describe('glyph PBF encoding', () => {
  const range = {
    name: FONT_STACKS.regular.join(','),
    range: '65024-65279',
    glyphs: [glyph(0xfe8d, 5, 17), glyph(0xfe8e, 7, 14), glyph(0x20, 0, 0)],
  };
  const bytes = encodeGlyphRange(range);

  it('round-trips a range: names, ids, metrics (negative left and top) and bitmaps', () => {
    const [back, ...rest] = decodeGlyphRanges(bytes);
    expect(rest).toEqual([]);
    expect(back?.name).toBe('Noto Sans,Noto Sans Arabic,Noto Sans Tifinagh');
    expect(back?.range).toBe('65024-65279');
    expect(back?.glyphs.map((g) => ({ ...g, bitmap: g.bitmap ? Array.from(g.bitmap) : null }))).toEqual(
      range.glyphs.map((g) => ({ ...g, bitmap: g.bitmap ? Array.from(g.bitmap) : null })),
    );
  });

  it('reads as MapLibre reads it: fontstacks = 1, glyphs = 3, bitmap of (w + 6) × (h + 6) bytes', () => {
    const glyphs: { id: number; w: number; h: number; bytes: number; top: number }[] = [];
    new PbfReader(bytes).readFields((tag, _: unknown, pbf) => {
      if (tag !== 1) return;
      pbf.readMessage((t2, __: unknown, p2) => {
        if (t2 !== 3) return;
        const g = { id: 0, w: 0, h: 0, bytes: 0, top: 0 };
        p2.readMessage((t3, ___: unknown, p3) => {
          if (t3 === 1) g.id = p3.readVarint();
          else if (t3 === 2) g.bytes = p3.readBytes().length;
          else if (t3 === 3) g.w = p3.readVarint();
          else if (t3 === 4) g.h = p3.readVarint();
          else if (t3 === 6) g.top = p3.readSVarint();
          else p3.skip(p3.type);
        }, {});
        glyphs.push(g);
      }, {});
    }, {});
    expect(glyphs).toEqual([
      { id: 0xfe8d, w: 5, h: 17, bytes: 11 * 23, top: -12 },
      { id: 0xfe8e, w: 7, h: 14, bytes: 13 * 20, top: -12 },
      { id: 0x20, w: 0, h: 0, bytes: 0, top: -12 },
    ]);
  });
});

describe('glyph ranges and font stacks', () => {
  it('parses the URLs MapLibre makes from the style and refuses others', () => {
    const url = GLYPHS_URL.replace('{fontstack}', 'Noto Sans SemiBold,Noto Sans Arabic SemiBold').replace(
      '{range}',
      '64256-64511',
    );
    expect(parseGlyphUrl(url)).toEqual({ stack: 'Noto Sans SemiBold,Noto Sans Arabic SemiBold', start: 64256 });
    expect(parseGlyphUrl('glyphs://Noto Sans/100-355')).toBeNull();
    expect(parseGlyphUrl('https://example.org/Noto Sans/0-255.pbf')).toBeNull();
  });

  it('draws the Arabic presentation forms the RTL shaping produces, not the format marks', () => {
    const fb = rangeCodepoints(0xfb00);
    expect(fb).toContain(0xfb50);
    expect(fb).toContain(0xfbfc);
    const fe = rangeCodepoints(0xfe00);
    for (const cp of [0xfe8d, 0xfe8e, 0xfedf, 0xfee0, 0xfefb]) expect(fe).toContain(cp);
    expect(fe).not.toContain(0xfeff);
    expect(rangeCodepoints(0x2d00)).toContain(0x2d30); // Tifinagh ⴰ
    expect(rangeCodepoints(0)).not.toContain(0x0a);
  });

  it('reads the families and the weight of a stack', () => {
    expect(parseFontStack(FONT_STACKS.semibold.join(','))).toEqual({
      families: ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh'],
      weight: 600,
    });
    expect(parseFontStack('Noto Sans').weight).toBe(400);
  });
});

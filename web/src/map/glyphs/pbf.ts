import { PbfReader, PbfWriter } from 'pbf';

/**
 * The glyphs.proto layout MapLibre reads (the same as Mapbox's font server serves):
 *
 *   message glyphs { repeated fontstack stacks = 1; }
 *   message fontstack { required string name = 1; required string range = 2; repeated glyph glyphs = 3; }
 *   message glyph { required uint32 id = 1; optional bytes bitmap = 2; required uint32 width = 3;
 *                   required uint32 height = 4; required sint32 left = 5; required sint32 top = 6;
 *                   required uint32 advance = 7; }
 *
 * `bitmap` is a signed distance field of (width + 2·GLYPH_BORDER) × (height + 2·GLYPH_BORDER)
 * bytes; whitespace has no bitmap.
 */
export const GLYPH_BORDER = 3;

export interface SdfGlyph {
  /** The codepoint. */
  id: number;
  bitmap: Uint8Array | null;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

export interface GlyphRange {
  /** The font stack as MapLibre names it (the `text-font` list joined by commas). */
  name: string;
  /** "0-255", "65024-65279"… */
  range: string;
  glyphs: SdfGlyph[];
}

export function encodeGlyphRange(r: GlyphRange): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(1, writeStack, r);
  return pbf.finish();
}

function writeStack(r: GlyphRange, pbf: PbfWriter) {
  pbf.writeStringField(1, r.name);
  pbf.writeStringField(2, r.range);
  for (const g of r.glyphs) pbf.writeMessage(3, writeGlyph, g);
}

function writeGlyph(g: SdfGlyph, pbf: PbfWriter) {
  pbf.writeVarintField(1, g.id);
  if (g.bitmap && g.bitmap.length > 0) pbf.writeBytesField(2, g.bitmap);
  pbf.writeVarintField(3, g.width);
  pbf.writeVarintField(4, g.height);
  pbf.writeSVarintField(5, g.left);
  pbf.writeSVarintField(6, g.top);
  pbf.writeVarintField(7, g.advance);
}

/** Reads a range back (for tests, and to check what MapLibre will see). */
export function decodeGlyphRanges(buf: Uint8Array): GlyphRange[] {
  return new PbfReader(buf).readFields((tag, out: GlyphRange[], pbf) => {
    if (tag === 1) out.push(pbf.readMessage(readStack, { name: '', range: '', glyphs: [] }));
  }, []);
}

function readStack(tag: number, r: GlyphRange, pbf: PbfReader) {
  if (tag === 1) r.name = pbf.readString();
  else if (tag === 2) r.range = pbf.readString();
  else if (tag === 3)
    r.glyphs.push(pbf.readMessage(readGlyph, { id: 0, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 0 }));
}

function readGlyph(tag: number, g: SdfGlyph, pbf: PbfReader) {
  if (tag === 1) g.id = pbf.readVarint();
  else if (tag === 2) g.bitmap = pbf.readBytes();
  else if (tag === 3) g.width = pbf.readVarint();
  else if (tag === 4) g.height = pbf.readVarint();
  else if (tag === 5) g.left = pbf.readSVarint();
  else if (tag === 6) g.top = pbf.readSVarint();
  else if (tag === 7) g.advance = pbf.readVarint();
}

import { addProtocol } from 'maplibre-gl';
import { drawRange } from './draw.ts';
import { parseFontStack } from './stacks.ts';
import { encodeGlyphRange } from './pbf.ts';
import { parseGlyphUrl } from './url.ts';

// Glyphs made in the browser: the style's `glyphs` URL is GLYPHS_URL (url.ts), and this protocol
// answers each request with a PBF drawn from the bundled fonts (draw.ts, about 15 ms a range), so
// labels need no font server. Ranges are cached: each is drawn once per page.

declare global {
  interface Window {
    /** The glyph ranges the map is given, for browser tests of the bundled fonts. */
    __taawunGlyphRange?: typeof glyphRange;
  }
}

const cache = new Map<string, Promise<Uint8Array>>();

export function glyphRange(stack: string, start: number): Promise<Uint8Array> {
  const key = `${stack}/${start}`;
  let p = cache.get(key);
  if (!p) {
    p = drawRange(parseFontStack(stack), start).then((glyphs) =>
      encodeGlyphRange({ name: stack, range: `${start}-${start + 255}`, glyphs }),
    );
    cache.set(key, p);
  }
  return p;
}

let registered = false;

export function registerGlyphProtocol() {
  if (registered) return;
  registered = true;
  window.__taawunGlyphRange = glyphRange;
  addProtocol('glyphs', async (params) => {
    const req = parseGlyphUrl(params.url);
    if (!req) throw new Error(`not a glyph range: ${params.url}`);
    const bytes = await glyphRange(req.stack, req.start);
    return { data: bytes.slice().buffer };
  });
}

import arabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import tifinagh400 from '@fontsource/noto-sans-tifinagh/files/noto-sans-tifinagh-tifinagh-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';

/**
 * An SVG drawn into a canvas (for the PNG) sees no font of the page: it is an isolated image.
 * So, for rasterising only, the bundled fonts are embedded in it as data URLs; the SVG file the
 * user downloads stays light and names the fonts, as vector files do.
 */
const FACES: { family: string; weight: number; url: string }[] = [
  { family: 'Noto Sans', weight: 400, url: latin400 },
  { family: 'Noto Sans', weight: 400, url: latinExt400 },
  { family: 'Noto Sans', weight: 700, url: latin700 },
  { family: 'Noto Sans Arabic', weight: 400, url: arabic400 },
  { family: 'Noto Sans Arabic', weight: 700, url: arabic700 },
  { family: 'Noto Sans Tifinagh', weight: 400, url: tifinagh400 },
];

let css: Promise<string> | null = null;

function fontFaceCss(): Promise<string> {
  css ??= Promise.all(
    FACES.map(async (f) => {
      const bytes = new Uint8Array(await (await fetch(f.url)).arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:'${f.family}';font-weight:${f.weight};src:url(data:font/woff2;base64,${btoa(bin)}) format('woff2');}`;
    }),
  ).then((rules) => rules.join(''));
  return css;
}

export async function withEmbeddedFonts(svg: string): Promise<string> {
  const style = `<style>${await fontFaceCss()}</style>`;
  return svg.replace(/<svg\b[^>]*>/, (open) => `${open}${style}`);
}

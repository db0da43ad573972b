/**
 * Fill patterns drawn in the browser, named by what they show so the style can ask for them
 * without any sprite file: `hatch:#8a8a8a` (no data) and `stripes:#66c2a5,#fc8d62` (a commune in
 * several cooperation bodies). MapView draws one when MapLibre reports it missing.
 */
export const hatchId = (color: string) => `hatch:${color}`;
export const stripesId = (colors: string[]) => `stripes:${colors.join(',')}`;

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
  pixelRatio: number;
}

const RATIO = 2;

export function drawPattern(id: string): PatternImage | null {
  const [kind, arg] = id.split(':', 2) as [string, string | undefined];
  if (!arg) return null;
  if (kind === 'hatch') return hatch(parseHex(arg) ?? [138, 138, 138]);
  if (kind === 'stripes') {
    const colors = arg.split(',').map(parseHex);
    return colors.every(Boolean) ? stripes(colors as Rgb[]) : null;
  }
  return null;
}

type Rgb = [number, number, number];

function parseHex(c: string): Rgb | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  if (!m) return null;
  const n = Number.parseInt(m[1] as string, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Diagonal bands, one per colour, 5 CSS pixels wide; the tile repeats seamlessly. */
function stripes(colors: Rgb[]): PatternImage {
  const band = 5 * RATIO;
  const size = band * colors.length;
  return fill(size, (x, y) => colors[Math.floor(((x + y) % size) / band)] as Rgb);
}

/**
 * Grey diagonals on white, as in the SVG export and the legend: visibly "nothing here", never
 * mistaken for the lightest class.
 */
function hatch(line: Rgb): PatternImage {
  const size = 6 * RATIO;
  const white: Rgb = [255, 255, 255];
  return fill(size, (x, y) => ((x + y) % size < 1.4 * RATIO ? line : white));
}

function fill(size: number, color: (x: number, y: number) => Rgb): PatternImage {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b] = color(x, y);
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data, pixelRatio: RATIO };
}

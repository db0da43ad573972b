import * as chromatic from 'd3-scale-chromatic';

/**
 * ColorBrewer schemes (Brewer & Harrower, colorbrewer2.org), through d3-scale-chromatic, which
 * ships the exact hand-tuned colours for each number of classes (3–9 sequential, 3–11 diverging).
 * Maps use them rather than interpolated ramps because those colours were chosen to stay
 * distinguishable in print and for most colour-blind readers.
 */
export type PaletteKind = 'sequential' | 'diverging' | 'qualitative';

export interface Palette {
  name: string;
  kind: PaletteKind;
  /** Largest number of classes ColorBrewer defines; beyond it colours are interpolated or cycled. */
  maxClasses: number;
}

const SEQUENTIAL = [
  'Blues',
  'Greens',
  'Greys',
  'Oranges',
  'Purples',
  'Reds',
  'BuGn',
  'BuPu',
  'GnBu',
  'OrRd',
  'PuBuGn',
  'PuBu',
  'PuRd',
  'RdPu',
  'YlGnBu',
  'YlGn',
  'YlOrBr',
  'YlOrRd',
];
const DIVERGING = ['BrBG', 'PRGn', 'PiYG', 'PuOr', 'RdBu', 'RdGy', 'RdYlBu', 'RdYlGn', 'Spectral'];
const QUALITATIVE: Record<string, number> = {
  Set2: 8,
  Set1: 9,
  Set3: 12,
  Dark2: 8,
  Paired: 12,
  Pastel1: 9,
  Pastel2: 8,
  Accent: 8,
};

export const PALETTES: readonly Palette[] = [
  ...SEQUENTIAL.map((name) => ({ name, kind: 'sequential' as const, maxClasses: 9 })),
  ...DIVERGING.map((name) => ({ name, kind: 'diverging' as const, maxClasses: 11 })),
  ...Object.entries(QUALITATIVE).map(([name, maxClasses]) => ({ name, kind: 'qualitative' as const, maxClasses })),
];

/** Hatched units have no data: a neutral grey that no ColorBrewer class uses, never the colour of zero. */
export const NO_DATA_COLOR = '#c8c8c8';
/** Units outside every category drawn (a commune in no cooperation body): left unfilled. */
export const NO_FILL = 'transparent';
/** Units of a map with no area layer (symbols or flows only). */
export const BASE_COLOR = '#efefea';
export const DEFAULT_SEQUENTIAL = 'YlOrRd';
export const DEFAULT_QUALITATIVE = 'Set2';

const lib = chromatic as unknown as Record<string, unknown>;

export function paletteOf(scheme: string): Palette | undefined {
  return PALETTES.find((p) => p.name === scheme);
}

/**
 * `n` colours (hex) of a scheme, light to dark (or as ColorBrewer orders a diverging one). An
 * unknown scheme falls back to YlOrRd rather than failing, so a document saved with a scheme a
 * later version dropped still draws. Sequential and diverging schemes past their largest size
 * are sampled from the continuous ramp; qualitative ones repeat.
 */
export function paletteColors(scheme: string, n: number, reverse = false): string[] {
  const p = paletteOf(scheme) ?? (paletteOf(DEFAULT_SEQUENTIAL) as Palette);
  const count = Math.max(0, Math.floor(n));
  const colors = p.kind === 'qualitative' ? cycle(lib[`scheme${p.name}`] as readonly string[], count) : ramp(p, count);
  return reverse ? colors.reverse() : colors;
}

function ramp(p: Palette, n: number): string[] {
  if (n === 0) return [];
  const sets = lib[`scheme${p.name}`] as ReadonlyArray<readonly string[] | undefined>;
  if (n >= 3 && n <= p.maxClasses) return [...(sets[n] as readonly string[])];
  // ColorBrewer starts at 3 classes: 1 or 2 take the ends (or the middle) of the 3-class set.
  const three = sets[3] as readonly string[];
  if (n === 1) return [three[p.kind === 'diverging' ? 1 : 2] as string];
  if (n === 2) return [three[0] as string, three[2] as string];
  const interpolate = lib[`interpolate${p.name}`] as (t: number) => string;
  return Array.from({ length: n }, (_, i) => toHex(interpolate(i / (n - 1))));
}

function cycle(colors: readonly string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => colors[i % colors.length] as string);
}

/**
 * Colours for `n` categories. With a qualitative scheme, its colours (repeated if there are more
 * categories than colours); with a sequential or diverging one, that many classes of it (for
 * ordered categories). Without a scheme: Set2 up to 8 categories, Set3 up to 12, and beyond, the
 * distinct colours of Set3, Set2, Pastel1, Dark2 and Pastel2 in turn (75 provinces will repeat
 * colours; neighbours may then share one, which the overlay borders make readable).
 */
export function categoryColors(n: number, scheme?: string): string[] {
  const p = scheme ? paletteOf(scheme) : undefined;
  if (p && p.kind !== 'qualitative') return paletteColors(p.name, n);
  if (p) return cycle(lib[`scheme${p.name}`] as readonly string[], n);
  if (n <= 8) return cycle(chromatic.schemeSet2, n);
  if (n <= 12) return cycle(chromatic.schemeSet3, n);
  const all = [
    ...new Set([
      ...chromatic.schemeSet3,
      ...chromatic.schemeSet2,
      ...chromatic.schemePastel1,
      ...chromatic.schemeDark2,
      ...chromatic.schemePastel2,
    ]),
  ];
  return cycle(all, n);
}

/** d3 interpolators answer `rgb(r, g, b)`; documents, styles and SVG all take hex. */
export function toHex(color: string): string {
  if (color.startsWith('#')) return color.toLowerCase();
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!m) return color;
  return `#${[m[1], m[2], m[3]].map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
}

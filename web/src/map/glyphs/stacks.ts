// Font stacks of the map's labels, kept apart from the font files (fonts.ts) so that building a
// style pulls neither the fonts nor MapLibre into the page before a map is shown.

/**
 * The `text-font` lists the style uses. Each name is a CSS family, optionally followed by a weight
 * word, so that the glyph protocol and MapLibre's own local drawing (grapheme clusters) both
 * find the bundled faces.
 */
export const FONT_STACKS = {
  regular: ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh'],
  semibold: ['Noto Sans SemiBold', 'Noto Sans Arabic SemiBold', 'Noto Sans Tifinagh'],
} as const;

const WEIGHTS: Record<string, number> = { regular: 400, medium: 500, semibold: 600, bold: 700 };

export interface ParsedStack {
  /** CSS families in order of preference; the browser falls back per character. */
  families: string[];
  weight: number;
}

/** "Noto Sans SemiBold,Noto Sans Arabic SemiBold" → families ["Noto Sans", "Noto Sans Arabic"], weight 600. */
export function parseFontStack(stack: string): ParsedStack {
  let weight = 400;
  const families = stack
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const m = /^(.*?)\s+(regular|medium|semibold|bold)$/i.exec(name);
      if (!m) return name;
      weight = Math.max(weight, WEIGHTS[(m[2] as string).toLowerCase()] ?? 400);
      return m[1] as string;
    });
  return { families, weight };
}

export function cssFont(s: ParsedStack, px: number): string {
  return `${s.weight} ${px}px ${s.families.map((f) => `"${f}"`).join(', ')}, sans-serif`;
}

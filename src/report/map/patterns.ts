import { attrs } from './escape.ts';

/**
 * Fills that are not a colour. No data is hatched — grey lines on white — so it can never be read
 * as the lightest class (a missing value is not a zero). A unit in several cooperation bodies is
 * striped with the colours of all its bodies, one pattern per distinct combination.
 */
export const NO_DATA_PATTERN = 'no-data';
const HATCH_STROKE = '#8a8a8a';
const STRIPE = 5;

export function noDataPattern(): string {
  return (
    `<pattern id="${NO_DATA_PATTERN}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${HATCH_STROKE}" stroke-width="1.6"/></pattern>`
  );
}

/** Patterns for each distinct list of stripe colours; `idOf` gives the id to fill with. */
export function stripePatterns(lists: readonly (readonly string[])[]): {
  defs: string;
  idOf: (colors: readonly string[]) => string;
} {
  const ids = new Map<string, string>();
  let defs = '';
  for (const colors of lists) {
    const key = colors.join(',');
    if (ids.has(key)) continue;
    const id = `stripes-${ids.size + 1}`;
    ids.set(key, id);
    const w = STRIPE * colors.length;
    defs += `<pattern${attrs({ id, patternUnits: 'userSpaceOnUse', width: w, height: w, patternTransform: 'rotate(45)' })}>`;
    defs += colors.map((c, i) => `<rect${attrs({ x: i * STRIPE, y: 0, width: STRIPE, height: w, fill: c })}/>`).join('');
    defs += '</pattern>';
  }
  return { defs, idOf: (colors) => ids.get(colors.join(',')) ?? NO_DATA_PATTERN };
}

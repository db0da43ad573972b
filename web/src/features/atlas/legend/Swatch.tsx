import { NO_FILL } from '../../../../../src/core/map/palettes.ts';

/** A colour sample as on the map: plain, hatched (no data), striped (several categories), or empty. */
export function Swatch({ color, stripes, hatched }: { color: string | null; stripes?: string[]; hatched?: boolean }) {
  const style =
    hatched || color === null
      ? undefined
      : stripes && stripes.length > 1
        ? {
            background: `repeating-linear-gradient(135deg, ${stripes.map((c, i) => `${c} ${i * 5}px ${(i + 1) * 5}px`).join(', ')})`,
          }
        : { background: color === NO_FILL ? 'transparent' : color };
  return <span className={`swatch${hatched || color === null ? ' swatch-no-data' : ''}`} style={style} aria-hidden="true" />;
}

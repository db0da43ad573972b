/**
 * Left-to-right and right-to-left pages from one layout. Everything outside the map frame (title
 * block, legend, footer) is laid out as for French and mirrored for Arabic: an x becomes W − x,
 * a box [x, x + w] becomes [W − x − w, W − x]. Texts keep `text-anchor="start"`/`"end"`, which
 * under `direction="rtl"` already mean right/left. The map itself is geography and is never
 * mirrored, nor is the scale bar, which reads from 0 on the left in Arabic atlases too.
 */
export class Side {
  constructor(
    readonly width: number,
    readonly rtl: boolean,
  ) {}

  x(x: number): number {
    return this.rtl ? this.width - x : x;
  }

  /** Left edge of a box that starts at `x` (in reading order) and is `w` wide. */
  box(x: number, w: number): number {
    return this.rtl ? this.width - x - w : x;
  }
}

/**
 * The class of a value, 0-based, given ascending inner limits. Convention, the same in the legend,
 * the histogram, the MapLibre style and the SVG: a value EQUAL to a limit belongs to the LOWER
 * class — classes are (lower, upper], the first one [min, upper]. This is why every classifier
 * that cuts between data values uses the largest value of the lower class as the limit.
 */
export function classIndex(value: number, breaks: readonly number[]): number {
  // Number of limits strictly below the value, by binary search.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((breaks[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

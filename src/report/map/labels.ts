import { text } from './escape.ts';
import { textWidth } from './text.ts';

export interface LabelCandidate {
  x: number;
  y: number;
  text: string;
  /** Larger first: the biggest units are labelled, the small ones only where there is room. */
  priority: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Unit names at their inner point, greedily: by priority, a label is drawn only if its box (with a
 * little air) overlaps no label already drawn and stays inside the frame. Fewer labels that can be
 * read beat all of them on top of each other. A white halo keeps them legible on any colour.
 */
export function placeLabels(candidates: readonly LabelCandidate[], frame: Box, fontSize: number): string {
  const placed: Box[] = [];
  let svg = '';
  for (const c of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const w = textWidth(c.text, fontSize) + 3;
    const h = fontSize * 1.25;
    const box = { x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2 };
    if (box.x0 < frame.x0 || box.x1 > frame.x1 || box.y0 < frame.y0 || box.y1 > frame.y1) continue;
    if (placed.some((p) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1)) continue;
    placed.push(box);
    svg += text({ x: c.x, y: c.y + fontSize * 0.35, 'text-anchor': 'middle' }, c.text);
  }
  return svg;
}

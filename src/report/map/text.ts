/**
 * The SVG is written without a browser, so text cannot be measured: widths are estimated from the
 * average advance of Noto Sans (≈ 0.56 em for Latin text, digits included) and Noto Sans Arabic
 * (≈ 0.5 em: joined letters are narrow). The estimates err on the wide side, so wrapped titles,
 * legend labels and map labels stay inside their room and clear of each other.
 */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

export function textWidth(s: string, fontSize: number, bold = false): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ' || ch === '\u202f' || ch === '\u00a0') w += 0.28;
    else if (ARABIC.test(ch)) w += 0.5;
    else if (/[A-ZÀ-ÖØ-Þ]/.test(ch)) w += 0.66;
    else if (/[il.,;:'|!()[\]]/.test(ch)) w += 0.3;
    else w += 0.56;
  }
  return w * fontSize * (bold ? 1.07 : 1);
}

/** Greedy line breaking at spaces; a single word longer than the width gets a line of its own. */
export function wrap(s: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts a label that would not fit, with an ellipsis. */
export function ellipsize(s: string, width: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= width) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

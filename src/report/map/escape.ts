/**
 * Everything printed into the SVG — unit and body names, titles, sources typed by users — goes
 * through here: a commune called `<script>` must come out as text, not as markup, whether the
 * file is opened in a browser, inlined into a page or parsed as XML.
 */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Rounds to 0.1 px: sharper is invisible and only makes files larger. */
export function r1(x: number): number {
  return Math.round(x * 10) / 10;
}

type AttrValue = string | number | null | undefined | false;

/** ` a="1" b="x"`, attributes with null/undefined/false left out, values escaped, numbers rounded. */
export function attrs(a: Record<string, AttrValue>): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    s += ` ${k}="${typeof v === 'number' ? r1(v) : escapeXml(v)}"`;
  }
  return s;
}

export function el(name: string, a: Record<string, AttrValue>, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

/** A text element whose content is escaped. */
export function text(a: Record<string, AttrValue>, content: string): string {
  return el('text', a, escapeXml(content));
}

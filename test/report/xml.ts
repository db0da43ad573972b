/**
 * A strict-enough XML well-formedness check for the SVG renderer's output, so the test needs no
 * DOM: every tag closes in order, attributes are quoted and unique, text holds no raw `<` and
 * only the five XML entities or numeric references. (The browser test parses it for real.)
 */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<\?xml[^>]*\?>/g;
  let last = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    checkText(xml.slice(last, m.index), errors);
    last = token.lastIndex;
    const [, close, name, attrs = '', selfClose] = m;
    if (!name) continue;
    const names = [...attrs.matchAll(/([A-Za-z_][\w:.-]*)="([^"]*)"/g)].map((a) => {
      checkText(a[2] ?? '', errors);
      return a[1];
    });
    if (new Set(names).size !== names.length) errors.push(`duplicate attribute in <${name}>`);
    if (close) {
      if (stack.pop() !== name) errors.push(`</${name}> closes the wrong element at ${m.index}`);
    } else if (!selfClose) stack.push(name);
  }
  checkText(xml.slice(last), errors);
  if (stack.length) errors.push(`unclosed: ${stack.join(' > ')}`);
  return errors;
}

function checkText(s: string, errors: string[]) {
  if (/[<>]/.test(s)) errors.push(`raw markup character in text: ${JSON.stringify(s.slice(0, 60))}`);
  for (const m of s.matchAll(/&([^;\s]*);?/g)) {
    if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1] ?? '') || !m[0].endsWith(';')) errors.push(`bad entity ${m[0]}`);
  }
}

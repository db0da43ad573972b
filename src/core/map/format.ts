/**
 * Numbers on legends, in the reader's conventions, with Intl.NumberFormat (plain JavaScript, so
 * the browser, the server and the SVG renderer print the same thing):
 * - French: "1 234,5" (narrow no-break space for thousands, comma for decimals);
 * - English: "1,234.5";
 * - Arabic: the Moroccan convention, Latin ("Western Arabic") digits with the separators of
 *   ar-MA: "1.234,5". Moroccan administrations, the HCP and the press print Arabic text with
 *   Latin digits; forcing `nu-latn` also keeps the output identical whatever the ICU data of the
 *   browser says the default numbering of `ar` is.
 */
export type MapLanguage = 'fr' | 'ar' | 'en';

export const NUMBER_LOCALES: Record<MapLanguage, string> = { fr: 'fr-FR', ar: 'ar-MA-u-nu-latn', en: 'en-GB' };

const formats = new Map<string, Intl.NumberFormat>();

/** `decimals` digits after the separator; with `minDecimals` lower, trailing zeros are dropped. */
export function formatNumber(value: number, lang: MapLanguage, decimals = 0, minDecimals = decimals): string {
  const key = `${lang}:${decimals}:${minDecimals}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALES[lang], { minimumFractionDigits: minDecimals, maximumFractionDigits: decimals });
    formats.set(key, f);
  }
  // -0 would print as "-0".
  return f.format(value === 0 ? 0 : value);
}

/**
 * Decimals for a class limit: three significant digits, none for values of 100 or more ("511",
 * "10 578", "4,6", "0,25"), plus `extra`. Limits are data values (the largest of their class),
 * so they are rounded for reading; a legend only needs to tell classes apart.
 */
export function limitDecimals(x: number, extra = 0): number {
  const a = Math.abs(x);
  const base = a >= 100 || a === 0 || !Number.isFinite(a) ? 0 : 2 - Math.floor(Math.log10(a));
  return Math.min(8, base + extra);
}

/**
 * Class limits as printed: each with `limitDecimals`, trailing zeros dropped, and more digits
 * for all when two different limits would print the same (a legend that contradicts itself).
 */
export function formatLimits(limits: readonly number[], lang: MapLanguage): string[] {
  const distinct = [...new Set(limits)];
  let extra = 0;
  for (; extra < 6; extra++) {
    const printed = new Set(distinct.map((x) => formatNumber(x, lang, limitDecimals(x, extra), 0)));
    if (printed.size === distinct.length) break;
  }
  return limits.map((x) => formatNumber(x, lang, limitDecimals(x, extra), 0));
}

/** "lower – upper" for each class (a single value when both are equal). */
export function legendLabels(classes: readonly { lower: number; upper: number }[], lang: MapLanguage): string[] {
  const printed = formatLimits(
    classes.flatMap((c) => [c.lower, c.upper]),
    lang,
  );
  return classes.map((c, i) => (c.lower === c.upper ? (printed[2 * i] as string) : `${printed[2 * i]} – ${printed[2 * i + 1]}`));
}

/** A value for a tooltip or a symbol legend: whole numbers above 100, 3 significant digits below. */
export function formatValue(value: number, lang: MapLanguage): string {
  return formatNumber(value, lang, limitDecimals(value), 0);
}

/** Rounds to one significant digit, for the reference sizes of symbol and flow legends. */
export function roundToOneDigit(x: number): number {
  if (!(x > 0)) return 0;
  const p = 10 ** Math.floor(Math.log10(x));
  return Math.round(x / p) * p;
}

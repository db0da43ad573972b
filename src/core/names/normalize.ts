/**
 * Name keys for joining on names when codes do not join. Two spellings of one place should give
 * the same key whatever accents, case, punctuation, Arabic letter variants or diacritics they use.
 *
 * - `nameKey`: exact after normalization ("Aït Melloul" = "AIT-MELLOUL"; "أيت ملول" = "آيت ملول").
 * - `nameSkeleton`: looser, drops Latin vowels and Arabic long vowels so that transliteration
 *   variants meet ("Ouled Salah" ~ "Oulad Salah", "Bni Abdellah" ~ "Bni Abdallah"). Only used to
 *   propose matches that the user confirms.
 */

const ARABIC_DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const ARABIC_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ة: 'ه',
  ک: 'ك',
  گ: 'ك',
  ڭ: 'ك',
};
const ARABIC_FOLD_RE = new RegExp(`[${Object.keys(ARABIC_FOLD).join('')}]`, 'g');

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(ARABIC_DIACRITICS, '')
    .replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLD[c] ?? c)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Latin: drop vowels and doubled letters; Arabic: drop alif/waw/ya used as long vowels. */
export function nameSkeleton(name: string): string {
  return nameKey(name)
    .replace(/[aeiouy]/g, '')
    .replace(/[اوي]/g, '')
    .replace(/(.)\1+/g, '$1');
}

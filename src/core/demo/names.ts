import type { Names } from '../territory/types.ts';
import type { Rng } from './random.ts';

/**
 * Invented place names in the Moroccan manner, written in French transliteration, Arabic script
 * and — when every part is Amazigh — Tifinagh. Each piece carries its three spellings, so the
 * scripts always say the same name: "Aït Taghizout" / "آيت تاغيزوت" / "ⴰⵢⵜ ⵜⴰⵖⵉⵣⵓⵜ".
 */
interface Word {
  fr: string;
  ar: string;
  /** Absent when the word has no usual Tifinagh spelling (Arabic given names, souk days). */
  zgh?: string;
}

const w = (fr: string, ar: string, zgh?: string): Word => (zgh === undefined ? { fr, ar } : { fr, ar, zgh });

// Amazigh-looking stems: a start, one or two consonant+vowel syllables, an optional coda.
const STARTS = [
  w('A', 'أ', 'ⴰ'),
  w('I', 'إي', 'ⵉ'),
  w('Ta', 'تا', 'ⵜⴰ'),
  w('Ti', 'تي', 'ⵜⵉ'),
  w('Tou', 'تو', 'ⵜⵓ'),
  w('Ou', 'أو', 'ⵓ'),
];
const ONSETS = [
  w('b', 'ب', 'ⴱ'),
  w('d', 'د', 'ⴷ'),
  w('f', 'ف', 'ⴼ'),
  w('g', 'ك', 'ⴳ'),
  w('gh', 'غ', 'ⵖ'),
  w('k', 'ك', 'ⴽ'),
  w('kh', 'خ', 'ⵅ'),
  w('l', 'ل', 'ⵍ'),
  w('m', 'م', 'ⵎ'),
  w('n', 'ن', 'ⵏ'),
  w('r', 'ر', 'ⵔ'),
  w('ss', 'س', 'ⵙ'),
  w('ch', 'ش', 'ⵛ'),
  w('t', 'ت', 'ⵜ'),
  w('z', 'ز', 'ⵣ'),
  w('j', 'ج', 'ⵊ'),
  w('mz', 'مز', 'ⵎⵣ'),
  w('nz', 'نز', 'ⵏⵣ'),
  w('zr', 'زر', 'ⵣⵔ'),
  w('gr', 'كر', 'ⴳⵔ'),
  w('fr', 'فر', 'ⴼⵔ'),
  w('rm', 'رم', 'ⵔⵎ'),
  w('ln', 'لن', 'ⵍⵏ'),
];
const VOWELS = [w('a', 'ا', 'ⴰ'), w('i', 'ي', 'ⵉ'), w('ou', 'و', 'ⵓ')];
const CODAS = [
  w('t', 'ت', 'ⵜ'),
  w('n', 'ن', 'ⵏ'),
  w('r', 'ر', 'ⵔ'),
  w('l', 'ل', 'ⵍ'),
  w('st', 'ست', 'ⵙⵜ'),
  w('ft', 'فت', 'ⴼⵜ'),
  w('', '', ''),
];

const MEN = [
  w('Ahmed', 'أحمد'),
  w('Ali', 'علي'),
  w('Brahim', 'إبراهيم'),
  w('Moussa', 'موسى'),
  w('Bouzid', 'بوزيد'),
  w('Abdallah', 'عبد الله'),
  w('Mbarek', 'امبارك'),
  w('Hmad', 'احماد'),
  w('Boubker', 'بوبكر'),
  w('Lahcen', 'لحسن'),
  w('Yahya', 'يحيى'),
  w('Said', 'سعيد'),
  w('Rahal', 'رحال'),
  w('Smail', 'إسماعيل'),
  w('Allal', 'علال'),
  w('Daoud', 'داود'),
  w('Bouali', 'بوعلي'),
  w('Amar', 'اعمر'),
  w('Larbi', 'العربي'),
  w('Messaoud', 'مسعود'),
  w('Jilali', 'الجيلالي'),
  w('Aissa', 'عيسى'),
  w('Slimane', 'سليمان'),
  w('Hammou', 'حمو'),
  w('Ayad', 'عياد'),
];
const WOMEN = [w('Aicha', 'عائشة'), w('Mimouna', 'ميمونة'), w('Rahma', 'رحمة'), w('Fatna', 'فاطنة'), w('Yamna', 'يامنة')];
const SOUK_DAYS = [
  w('Had', 'حد'),
  w('Tnine', 'اثنين'),
  w('Tleta', 'ثلاثاء'),
  w('Arbaa', 'أربعاء'),
  w('Khemis', 'خميس'),
  w('Jemaa', 'جمعة'),
  w('Sebt', 'سبت'),
];
const AIT = w('Aït', 'آيت', 'ⴰⵢⵜ');
const SUFFIXES = [w('Tahtia', 'التحتية'), w('Fouqia', 'الفوقية'), w('El Oulia', 'العليا')];

/** An Amazigh-looking stem such as Taghizout, Imzilan, Assaka. */
function stem(rng: Rng): Word {
  const parts: Word[] = [rng.pick(STARTS)];
  const syllables = rng.next() < 0.6 ? 2 : 1;
  for (let s = 0; s < syllables; s++) {
    const onset = rng.pick(ONSETS);
    const vowel = rng.pick(VOWELS);
    // French reads "gi" as "ji": Moroccan transliteration writes "gui" (Guelmim).
    parts.push(onset.fr.endsWith('g') && vowel.fr === 'i' ? w(`${onset.fr}u`, onset.ar, onset.zgh) : onset, vowel);
  }
  parts.push(rng.pick(CODAS));
  return join(parts, '', '');
}

/** Joins words; the Tifinagh spelling survives only when every part has one. */
function join(parts: readonly Word[], sep: string, arSep = sep): Word {
  const fr = parts.map((p) => p.fr).join(sep);
  const ar = parts.map((p) => p.ar).join(arSep);
  return parts.every((p) => p.zgh !== undefined) ? w(fr, ar, parts.map((p) => p.zgh).join(sep)) : w(fr, ar);
}

type Template = (rng: Rng) => Word;

const RURAL: [Template, number][] = [
  [(r) => join([AIT, stem(r)], ' '), 4],
  [(r) => join([AIT, r.pick(MEN)], ' '), 1],
  [(r) => join([w('Sidi', 'سيدي'), r.pick(MEN)], ' '), 3],
  [(r) => join([w('Oulad', 'أولاد'), r.pick(MEN)], ' '), 2],
  [(r) => stem(r), 4],
  [(r) => join([w("Tizi n'", 'تيزي ن ', 'ⵜⵉⵣⵉ ⵏ '), stem(r)], ''), 1],
  [(r) => join([w("Imi n'", 'إيمي ن ', 'ⵉⵎⵉ ⵏ '), stem(r)], ''), 1],
  [(r) => join([r.pick(SOUK_DAYS), r.next() < 0.5 ? stem(r) : join([w('Oulad', 'أولاد'), r.pick(MEN)], ' ')], ' '), 2],
  [(r) => join([w('Aïn', 'عين'), stem(r)], ' '), 1],
  [(r) => join([w('Lalla', 'لالة'), r.pick(WOMEN)], ' '), 0.5],
  [(r) => join([w('Beni', 'بني'), r.pick(MEN)], ' '), 0.5],
];

const TOWN: [Template, number][] = [
  [(r) => stem(r), 5],
  [(r) => join([w('Sidi', 'سيدي'), r.pick(MEN)], ' '), 2],
  [(r) => join([w('Aïn', 'عين'), stem(r)], ' '), 1],
  [(r) => join([r.pick(SOUK_DAYS), stem(r)], ' '), 1],
  [(r) => join([w('Oulad', 'أولاد'), r.pick(MEN)], ' '), 1],
];

/** Hands out names that are never used twice in one territory. */
export class NameMaker {
  private used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  rural(): Names {
    return this.fresh(() => {
      const base = this.rng.weighted(RURAL)(this.rng);
      // Split communes often keep the old name with "lower" or "upper" added.
      return this.rng.next() < 0.1 ? join([base, this.rng.pick(SUFFIXES)], ' ') : base;
    });
  }

  town(): Names {
    return this.fresh(() => this.rng.weighted(TOWN)(this.rng));
  }

  /** A town-like stem, for a capital whose name the province and region also carry. */
  capital(): Names {
    return this.fresh(() => stem(this.rng));
  }

  private fresh(make: () => Word): Names {
    for (let attempt = 0; attempt < 200; attempt++) {
      const word = make();
      const key = word.fr.toLowerCase();
      if (word.fr.length < 4 || this.used.has(key)) continue;
      this.used.add(key);
      return word.zgh === undefined ? { fr: word.fr, ar: word.ar } : { fr: word.fr, ar: word.ar, zgh: word.zgh };
    }
    throw new Error('could not invent a new name');
  }
}

import { useTranslation } from 'react-i18next';
import type { UnitNames } from '../api/types.ts';

type Names = Partial<UnitNames> & { fr?: string | null };

/**
 * Which name of a unit to show first: the one in the interface language, else French (the
 * reference spelling of the official codes). The second is the other script, shown beside it,
 * because planners read and search both.
 */
const ORDER: Record<string, { first: (keyof UnitNames)[]; second: keyof UnitNames }> = {
  fr: { first: ['fr', 'en', 'ar'], second: 'ar' },
  en: { first: ['en', 'fr', 'ar'], second: 'ar' },
  ar: { first: ['ar', 'fr', 'en'], second: 'fr' },
};

export function primaryName(names: Names, lang: string): { text: string; lang: keyof UnitNames } {
  const order = ORDER[lang] ?? (ORDER.fr as (typeof ORDER)['fr']);
  for (const l of order.first) {
    const v = names[l];
    if (v) return { text: v, lang: l };
  }
  return { text: '', lang: 'fr' };
}

export function secondaryName(names: Names, lang: string): { text: string; lang: keyof UnitNames } | null {
  const order = ORDER[lang] ?? (ORDER.fr as (typeof ORDER)['fr']);
  const first = primaryName(names, lang);
  const v = names[order.second];
  return v && first.lang !== order.second ? { text: v, lang: order.second } : null;
}

/** Name helpers bound to the current interface language. */
export function useNames() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    lang,
    primary: (n: Names) => primaryName(n, lang).text,
    primaryOf: (n: Names) => primaryName(n, lang),
    secondary: (n: Names) => secondaryName(n, lang),
  };
}

import i18next, { type i18n, type TFunction } from 'i18next';
import arCli from './locales/ar/cli.json';
import arCommon from './locales/ar/common.json';
import arIssues from './locales/ar/issues.json';
import arMap from './locales/ar/map.json';
import arWeb from './locales/ar/web.json';
import enCli from './locales/en/cli.json';
import enCommon from './locales/en/common.json';
import enIssues from './locales/en/issues.json';
import enMap from './locales/en/map.json';
import enWeb from './locales/en/web.json';
import frCli from './locales/fr/cli.json';
import frCommon from './locales/fr/common.json';
import frIssues from './locales/fr/issues.json';
import frMap from './locales/fr/map.json';
import frWeb from './locales/fr/web.json';

/**
 * Every user-facing string, in French (the default), Arabic (right-to-left) and English, by
 * namespace: `common`, `issues` (validation reports), `cli`, `web`. Shared by the CLI, the server
 * and the browser app; `test/i18n/keys.test.ts` fails when a key is missing in a language.
 */
export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';
export const NAMESPACES = ['common', 'issues', 'cli', 'web', 'map'] as const;

export const RESOURCES = {
  fr: { common: frCommon, issues: frIssues, cli: frCli, web: frWeb, map: frMap },
  ar: { common: arCommon, issues: arIssues, cli: arCli, web: arWeb, map: arMap },
  en: { common: enCommon, issues: enIssues, cli: enCli, web: enWeb, map: enMap },
} as const;

export function isLanguage(s: unknown): s is Language {
  return typeof s === 'string' && (LANGUAGES as readonly string[]).includes(s);
}

export function direction(lang: Language): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** A ready i18next instance of its own (no global state shared between requests). */
export function createI18n(lang: Language = DEFAULT_LANGUAGE): i18n {
  const inst = i18next.createInstance();
  void inst.init({
    lng: lang,
    fallbackLng: false,
    resources: RESOURCES as unknown as Record<string, Record<string, object>>,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return inst;
}

const cache = new Map<Language, TFunction>();

/** The translation function for a language, created once. */
export function translator(lang: Language = DEFAULT_LANGUAGE): TFunction {
  let t = cache.get(lang);
  if (!t) {
    t = createI18n(lang).t;
    cache.set(lang, t);
  }
  return t;
}

import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, direction, isLanguage, type Language, NAMESPACES, RESOURCES } from '../../src/i18n/index.ts';
import { setApiLanguage } from './api/client.ts';

export type { Language };
export { LANGUAGES } from '../../src/i18n/index.ts';

const STORAGE_KEY = 'taawun.lang';

/** `?lang=` wins (and is remembered), then the last choice, then French. */
export function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) {
    remember(fromUrl);
    return fromUrl;
  }
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode or disabled storage: the choice just isn't kept
  }
}

function remember(lang: Language) {
  safeStorage()?.setItem(STORAGE_KEY, lang);
}

/** The whole page follows the language: `lang` for fonts and screen readers, `dir` for the mirrored layout. */
function applyToDocument(lang: Language) {
  const html = document.documentElement;
  html.lang = lang;
  html.dir = direction(lang);
  setApiLanguage(lang);
}

export function createWebI18n(lang: Language): i18n {
  const inst = i18next.createInstance();
  inst.use(initReactI18next);
  void inst.init({
    lng: lang,
    // A string not yet translated shows in French rather than as a key.
    fallbackLng: DEFAULT_LANGUAGE,
    resources: RESOURCES as unknown as Record<string, Record<string, object>>,
    ns: [...NAMESPACES],
    defaultNS: 'web',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(lang);
  inst.on('languageChanged', (l) => {
    if (!isLanguage(l)) return;
    applyToDocument(l);
    remember(l);
  });
  return inst;
}

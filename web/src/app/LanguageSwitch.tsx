import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n.ts';

/** How each language names itself on its button: short, in its own script. */
const SELF_NAME: Record<Language, { short: string; full: string }> = {
  fr: { short: 'fr', full: 'Français' },
  ar: { short: 'ع', full: 'العربية' },
  en: { short: 'en', full: 'English' },
};

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('shell.language')}</legend>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          title={SELF_NAME[l].full}
          aria-label={SELF_NAME[l].full}
          aria-pressed={i18n.language === l}
          onClick={() => void i18n.changeLanguage(l)}
        >
          {SELF_NAME[l].short}
        </button>
      ))}
    </fieldset>
  );
}

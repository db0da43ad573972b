import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Locales for numbers and dates: Moroccan Arabic keeps Latin digits, as official statistics do. */
const LOCALES: Record<string, string> = { fr: 'fr-FR', ar: 'ar-MA', en: 'en-GB' };

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.language] ?? 'fr-FR';
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const change = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
    const asDate = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
    return {
      locale,
      number: (n: number | null | undefined) => (n === null || n === undefined ? '—' : number.format(n)),
      /** A relative change (0.197 → "+19,7 %"), signed, as the locale writes it. */
      change: (r: number | null) => (r === null ? '' : change.format(r)),
      date: (iso: string | null | undefined) => (iso ? date.format(asDate(iso)) : '—'),
      dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(asDate(iso)) : '—'),
      bytes: (n: number) => {
        const [unit, div] = n < 1000 ? ['byte', 1] : n < 1e6 ? ['kilobyte', 1e3] : ['megabyte', 1e6];
        return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(n / (div as number));
      },
    };
  }, [locale]);
}

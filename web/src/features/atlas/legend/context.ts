import { useTranslation } from 'react-i18next';
import type { MapLanguage } from '../../../../../src/core/map/format.ts';

/** The interface language as the map modules name it (Arabic, French or English). */
export function useMapLanguage(): MapLanguage {
  const { i18n } = useTranslation();
  const l = i18n.language;
  return l === 'ar' || l === 'en' ? l : 'fr';
}

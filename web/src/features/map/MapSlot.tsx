import { useTranslation } from 'react-i18next';
import './map.css';

/**
 * Where the thematic map of the territory will live (a later issue): it will receive the
 * territory, the selected unit and the map document, and draw boundaries from
 * `/api/countries/:country/boundaries` offline. Until then this reserves its place in the layout.
 */
export function MapSlot({ country, unit }: { country: string; unit: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="map-slot" aria-label={t('map.label')} data-country={country} data-unit={unit ?? undefined}>
      <p>{t('map.comingSoon')}</p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { MapUnit } from '../../../../src/core/map/data.ts';
import type { MapHover } from '../../map/MapView.tsx';
import { describeUnit } from './describe.ts';
import { useMapLanguage } from './legend/context.ts';
import type { AtlasData } from './useAtlasData.ts';

/** Name, value and year of the unit under the pointer; "no data" when it has none. */
export function MapTooltip({ hover, atlas, units }: { hover: MapHover; atlas: AtlasData; units: Map<string, MapUnit> }) {
  const { t } = useTranslation();
  const lang = useMapLanguage();
  const unit = units.get(hover.code);
  if (!unit) return null;
  const d = describeUnit(atlas, unit, lang, t);
  return (
    <div className="map-tooltip" role="status" style={{ left: hover.x + 14, top: hover.y + 14 }} data-unit={hover.code}>
      <strong className="map-tooltip-name">{d.name}</strong>
      {d.categories ? (
        <span>{d.categories.length ? d.categories.join(t('shell.listSeparator')) : t('atlas.tooltip.none')}</span>
      ) : d.value === null ? (
        <span className="map-tooltip-no-data">{t('atlas.tooltip.noData')}</span>
      ) : (
        <span>
          <bdi className="map-tooltip-value">{d.value}</bdi>
          {d.year !== null && <span className="muted"> {t('atlas.tooltip.year', { year: d.year })}</span>}
        </span>
      )}
    </div>
  );
}

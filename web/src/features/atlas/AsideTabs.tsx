import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The side panel of the territory page: the tree of units, or the map's settings. */
export function AsideTabs({ territory, map }: { territory: ReactNode; map: ReactNode }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'territory' | 'map'>('territory');
  return (
    <div className="aside-tabs">
      <div className="aside-tablist" role="tablist" aria-label={t('atlas.tabs.label')}>
        {(['territory', 'map'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`aside-tab-${id}`}
            aria-controls={`aside-panel-${id}`}
            aria-selected={tab === id}
            onClick={() => setTab(id)}
          >
            {t(`atlas.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="aside-panel-territory" aria-labelledby="aside-tab-territory" hidden={tab !== 'territory'}>
        {territory}
      </div>
      <div role="tabpanel" id="aside-panel-map" aria-labelledby="aside-tab-map" hidden={tab !== 'map'}>
        {map}
      </div>
    </div>
  );
}

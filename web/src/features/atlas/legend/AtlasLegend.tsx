import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Legend } from '../../../../../src/core/map/legend.ts';
import { legendTitle } from '../../../../../src/report/map/titles.ts';
import type { Catalogue } from '../catalogue.ts';
import { useMapLanguage } from './context.ts';
import { LEGENDS } from './registry.ts';
import type { LegendProps } from './types.ts';
import './legend.css';

/** The legends of the map's layers, top layer first, as paintUnits produced them. */
export function AtlasLegend({ legends, catalogue }: { legends: Legend[]; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const lang = useMapLanguage();
  return (
    <aside className="atlas-legend" aria-label={t('atlas.legend.title')}>
      {legends.length === 0 && <p className="legend-note">{t('atlas.legend.noLegend')}</p>}
      {[...legends].reverse().map((legend) => {
        const View = LEGENDS[legend.type] as ComponentType<LegendProps<Legend>>;
        return (
          <section key={legend.layer} className="legend" data-type={legend.type} data-layer={legend.layer}>
            <h3 className="legend-title">
              {legendTitle(legend.title, lang, t, catalogue.indicatorLabels, catalogue.datasetNames)}
            </h3>
            <View legend={legend} lang={lang} />
          </section>
        );
      })}
    </aside>
  );
}

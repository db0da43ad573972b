import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapTitle } from '../../../../../src/report/map/titles.ts';
import type { Catalogue } from '../catalogue.ts';
import { useMapLanguage } from '../legend/context.ts';
import type { AtlasData } from '../useAtlasData.ts';

interface Props {
  atlas: AtlasData | null;
  fictional: boolean;
  catalogue: Catalogue;
}

/** Export the map as drawn: a vector SVG page, or the same page as a PNG at 2×. */
export function ExportButtons({ atlas, fictional, catalogue }: Props) {
  const { t, i18n } = useTranslation();
  const lang = useMapLanguage();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const run = async (format: 'svg' | 'png') => {
    if (!atlas) return;
    setBusy(true);
    setFailed(false);
    try {
      const m = await import('./exportMap.ts');
      const used = new Set(atlas.doc.layers.flatMap((l) => ('variable' in l ? [l.variable.indicator] : [])));
      const sources = [...new Set(catalogue.indicators.filter((i) => used.has(i.id) && i.source).map((i) => i.source as string))];
      const mapT = i18n.getFixedT(lang);
      const svg = m.mapSvg({ atlas, lang, t: mapT, sources, fictional, catalogue });
      const title = mapTitle(atlas.doc, atlas.painted.legends, lang, mapT, catalogue.indicatorLabels, catalogue.datasetNames);
      const name = m.fileName(title, format);
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await m.mapPng(svg);
      m.download(blob, name);
    } catch (e) {
      console.error(e);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="atlas-export" disabled={!atlas || busy}>
      <legend className="visually-hidden">{t('atlas.export.label')}</legend>
      <span className="atlas-export-label" aria-hidden="true">
        {t('atlas.export.label')}
      </span>
      <button type="button" data-export="svg" title={t('atlas.export.svgTitle')} onClick={() => void run('svg')}>
        {t('atlas.export.svg')}
      </button>
      <button type="button" data-export="png" title={t('atlas.export.pngTitle')} onClick={() => void run('png')}>
        {t('atlas.export.png')}
      </button>
      {failed && (
        <span role="alert" className="atlas-error">
          {t('atlas.export.failed')}
        </span>
      )}
    </fieldset>
  );
}

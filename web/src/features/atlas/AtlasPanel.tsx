import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedMap } from '../../api/maps.ts';
import { ErrorNote } from '../../app/ui.tsx';
import { AtlasMap } from './AtlasMap.tsx';
import { AtlasToolbar } from './AtlasToolbar.tsx';
import { AtlasLegend } from './legend/AtlasLegend.tsx';
import type { Catalogue } from './catalogue.ts';
import type { Atlas } from './useAtlas.ts';
import './atlas.css';

interface Props {
  atlas: Atlas;
  catalogue: Catalogue;
  /** Code of the last unit picked on the map or in the table (the map does not move for it). */
  pickedHere: string | null;
  onSelect(code: string): void;
}

/** The map of the territory page: toolbar, the map with its tooltip, and the legend beside it. */
export function AtlasPanel({ atlas, catalogue, pickedHere, onSelect }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<SavedMap | null>(null);
  // The map's code (MapLibre) loads while the data does, not after it.
  useEffect(() => void import('../../map/MapView.tsx'), []);
  return (
    <section className="atlas" aria-label={t('atlas.label')} data-ready={atlas.atlas ? 'true' : 'false'}>
      <AtlasToolbar atlas={atlas} catalogue={catalogue} saved={saved} onSaved={setSaved} />
      {atlas.error && <ErrorNote error={atlas.error} onRetry={atlas.reload} />}
      <div className="atlas-stage">
        {!atlas.error && (
          <AtlasMap
            atlas={atlas.atlas}
            selection={atlas.selection}
            selectionSettled={atlas.selectionSettled}
            pickedHere={pickedHere}
            loading={atlas.loading}
            onSelect={onSelect}
            onZoom={atlas.onZoom}
          />
        )}
        {atlas.atlas && <AtlasLegend legends={atlas.atlas.painted.legends} catalogue={catalogue} />}
      </div>
    </section>
  );
}

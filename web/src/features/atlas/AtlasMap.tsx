import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { direction } from '../../../../src/i18n/index.ts';
import { Loading } from '../../app/ui.tsx';
import { boundsOf, selectionOutline } from '../../map/geometry.ts';
import type { MapHover } from '../../map/MapView.tsx';
import { buildStyle, waitingStyle } from '../../map/style/build.ts';
import { useMapLanguage } from './legend/context.ts';
import { MapTooltip } from './MapTooltip.tsx';
import type { Selection } from './useAtlas.ts';
import type { AtlasData } from './useAtlasData.ts';

// MapLibre (a megabyte) loads with the first map, not with the app.
const MapView = lazy(() => import('../../map/MapView.tsx').then((m) => ({ default: m.MapView })));

export interface AtlasMapProps {
  /** Null while the data loads: the map is already created, blank, so MapLibre gets ready meanwhile. */
  atlas: AtlasData | null;
  selection: Selection | null;
  /** False while the selected unit loads (`selection` is then the previous one). */
  selectionSettled: boolean;
  /** Selections made on the map or in the table: highlighted, but the map does not jump. */
  pickedHere: string | null;
  loading: boolean;
  onSelect(code: string): void;
  onZoom(zoom: number): void;
}

/** The map of the atlas: its style derived from the document and data, hover tooltip, selection. */
export function AtlasMap({ atlas, selection, selectionSettled, pickedHere, loading, onSelect, onZoom }: AtlasMapProps) {
  const { t } = useTranslation();
  const lang = useMapLanguage();
  const [hover, setHover] = useState<MapHover | null>(null);
  const units = useMemo(() => new Map((atlas?.data.units ?? []).map((u) => [u.code, u])), [atlas]);
  const selCode = selection?.code;
  const selLevel = selection?.level;
  const geometry = atlas?.geometry;
  const data = atlas?.data;
  const outline = useMemo(
    () => (geometry && data && selCode && selLevel ? selectionOutline(geometry, data, selCode, selLevel) : null),
    [geometry, data, selCode, selLevel],
  );
  const style = useMemo(
    () =>
      !atlas
        ? waitingStyle()
        : buildStyle({
            doc: atlas.doc,
            painted: atlas.painted,
            units: atlas.geometry.units,
            points: atlas.geometry.points,
            overlays: atlas.overlays,
            flows: atlas.flowLines,
            selection: outline,
            lang,
          }),
    [atlas, outline, lang],
  );
  const focus = useFocus(atlas, selection, selectionSettled, pickedHere);

  return (
    <div className="atlas-map-box" aria-busy={loading}>
      <Suspense fallback={<Loading label={t('atlas.loading')} />}>
        <MapView
          style={style}
          focus={focus}
          dir={direction(lang)}
          label={t('atlas.label')}
          onHover={setHover}
          onSelect={onSelect}
          onZoom={onZoom}
        />
      </Suspense>
      {hover && atlas && <MapTooltip hover={hover} atlas={atlas} units={units} />}
      {!atlas && <Loading label={t('atlas.loading')} />}
      {loading && <p className="atlas-busy">{t('atlas.stale')}</p>}
    </div>
  );
}

/**
 * What the camera fits: the mapped area when it changes, a unit chosen in the tree or the search.
 * A unit picked on the map or in the table keeps the view where it is.
 */
function useFocus(atlas: AtlasData | null, selection: Selection | null, settled: boolean, pickedHere: string | null) {
  const last = useRef<{ key: string; bounds: [number, number, number, number] } | null>(null);
  if (!atlas) return last.current;
  const scopeKey = JSON.stringify(atlas.scope);
  if (!settled && last.current) return last.current;
  const target = selection && selection.code !== pickedHere ? selection : null;
  const key = `${scopeKey}|${target ? `${target.level}:${target.code}` : ''}`;
  if (last.current?.key !== key && !(selection && selection.code === pickedHere && last.current?.key.startsWith(scopeKey))) {
    const bounds =
      (target && boundsOf(atlas.geometry, atlas.data, target.code, target.level)) ??
      boundsOf(atlas.geometry, atlas.data, null, null);
    if (bounds) last.current = { key, bounds };
  }
  return last.current;
}

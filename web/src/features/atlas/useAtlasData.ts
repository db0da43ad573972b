import { useMemo, useState } from 'react';
import type { MapData, MapFlow } from '../../../../src/core/map/data.ts';
import type { MapDocument } from '../../../../src/core/map/document.ts';
import { flowLines } from '../../../../src/core/map/flows.ts';
import { overlayBorders } from '../../../../src/core/map/overlays.ts';
import { type PaintedMap, paintUnits } from '../../../../src/core/map/paint.ts';
import { type MapScope, mapsApi } from '../../api/maps.ts';
import { useResource } from '../../app/useResource.ts';
import { type MapGeometry, mapGeometry } from '../../map/geometry.ts';
import type { StyleInput } from '../../map/style/types.ts';

export interface AtlasData {
  doc: MapDocument;
  scope: MapScope;
  data: MapData;
  geometry: MapGeometry;
  painted: PaintedMap;
  flows: Record<string, MapFlow[]>;
  overlays: StyleInput['overlays'];
  flowLines: StyleInput['flows'];
}

/** Finest simplification asked for: beyond it MapLibre's own tiling is detailed enough. */
const MAX_DETAIL = 10;

export function scopeOf(doc: MapDocument): MapScope {
  return { country: doc.country, level: doc.level, within: doc.within, withinLevel: doc.withinLevel };
}

/** Indicators a document reads (values and denominators), plus population to rank the labels. */
export function indicatorsOf(doc: MapDocument): string[] {
  const ids = new Set(['population']);
  for (const l of doc.layers) {
    if (!('variable' in l)) continue;
    ids.add(l.variable.indicator);
    if (l.variable.per && l.variable.per !== 'area') ids.add(l.variable.per.indicator);
  }
  return [...ids].sort();
}

/**
 * Loads what a map document needs (geometry simplified for the current zoom, the values of its
 * indicators, its flows) and derives what is drawn: painted units and legends (paintUnits),
 * borders of coarser levels (overlayBorders), flow lines (flowLines). Each piece is recomputed
 * only when what it depends on changes, so changing a palette never reloads geometry.
 */
export function useAtlasData(doc: MapDocument | null) {
  const scope = doc ? scopeOf(doc) : null;
  const scopeKey = JSON.stringify(scope);
  const baseDetail = doc?.within ? 6 : 5;
  const [detail, setDetail] = useState({ scopeKey, zoom: baseDetail });
  const zoom = detail.scopeKey === scopeKey ? detail.zoom : baseDetail;
  const indicators = doc ? indicatorsOf(doc) : [];
  // Every flow of the area: the minimum is applied here, so the legend can say how many it leaves out.
  const flowQueries = [...new Set((doc?.layers ?? []).flatMap((l) => (l.type === 'flows' && l.dataset ? [l.dataset] : [])))];

  const topology = useResource(
    (s) => (scope ? mapsApi.boundaries(scope, zoom, s).then((t) => ({ scopeKey, t })) : Promise.resolve(null)),
    [scopeKey, zoom],
  );
  const data = useResource(
    (s) => (scope ? mapsApi.mapData(scope, indicators, s).then((d) => ({ scopeKey, d })) : Promise.resolve(null)),
    [scopeKey, indicators.join(',')],
  );
  const flows = useResource(
    async (s) => {
      const out: Record<string, MapFlow[]> = {};
      if (!scope) return null;
      for (const dataset of flowQueries) out[dataset] = (await mapsApi.flows(scope, dataset, 0, s)).flows;
      return { scopeKey, out };
    },
    [scopeKey, flowQueries.join(',')],
  );

  const t = topology.data && topology.data.scopeKey === scopeKey ? topology.data.t : null;
  const d = data.data && data.data.scopeKey === scopeKey ? data.data.d : null;
  const f = flows.data && flows.data.scopeKey === scopeKey ? flows.data.out : null;

  const level = doc?.level ?? '';
  const geometry = useMemo(() => (t && d ? mapGeometry(t, level, d) : null), [t, d, level]);
  const layers = doc?.layers;
  // Only the layers decide the paint: a new title or basemap repaints nothing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: doc is read for its layers only
  const painted = useMemo(() => (doc && d ? paintUnits(doc, d, f ? { flows: f } : {}) : null), [layers, d, f]);
  const overlayLevels = doc?.overlays;
  const overlays = useMemo(
    () => (t && d && overlayLevels ? overlayLevels.map((o) => ({ level: o, lines: overlayBorders(t, level, d, o) })) : []),
    [t, d, level, overlayLevels],
  );
  const centroids = geometry?.centroids ?? null;
  const lines = useMemo(() => {
    const out: StyleInput['flows'] = {};
    if (!centroids || !f || !layers) return out;
    layers.forEach((l, i) => {
      if (l.type === 'flows') out[i] = flowLines(f[l.dataset] ?? [], centroids, l);
    });
    return out;
  }, [layers, centroids, f]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the scope follows the document
  const ready = useMemo<AtlasData | null>(
    () =>
      doc && scope && geometry && d && painted
        ? { doc, scope, data: d, geometry, painted, flows: f ?? {}, overlays, flowLines: lines }
        : null,
    [doc, geometry, d, painted, f, overlays, lines],
  );
  return {
    atlas: ready,
    error: topology.error ?? data.error ?? flows.error,
    loading: topology.loading || data.loading || flows.loading,
    reload: () => {
      topology.reload();
      data.reload();
      flows.reload();
    },
    /** Called after each move: loads finer geometry once the user zooms in past what was loaded. */
    onZoom: (z: number) => {
      const want = Math.min(MAX_DETAIL, Math.max(baseDetail, Math.floor(z)));
      if (want > zoom) setDetail({ scopeKey, zoom: want });
    },
  };
}

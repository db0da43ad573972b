import { useEffect } from 'react';
import type { MapDocument } from '../../../../src/core/map/document.ts';
import type { CountryDetail, UnitDetail } from '../../api/types.ts';
import { defaultDocument } from './defaults.ts';
import { useAtlasData } from './useAtlasData.ts';
import { useMapDocument } from './useMapDocument.ts';

export interface Selection {
  code: string;
  level: string;
}

/** The region a unit is in (or is), by the territory's top level. */
export function regionOf(territory: CountryDetail, unit: UnitDetail | null): string | null {
  const root = territory.levels.find((l) => l.parents.length === 0)?.id;
  if (!unit || !root) return null;
  if (unit.level === root) return unit.code;
  return unit.ancestors.find((a) => a.level === root)?.code ?? null;
}

/**
 * The atlas of a territory page: the map document (URL-backed), the data it draws, and the
 * selected unit. When the user walks the tree into another region while a region is mapped, the
 * map follows; a national map stays national.
 */
export function useAtlas(territory: CountryDetail, unit: UnitDetail | null, status: { pending: boolean; stale: boolean }) {
  const unitPending = status.pending;
  const region = regionOf(territory, unit);
  const [doc, update] = useMapDocument(unitPending ? null : () => defaultDocument(territory, region, null));
  const root = territory.levels.find((l) => l.parents.length === 0)?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of region moves the map
  useEffect(() => {
    if (region && doc?.within && doc.within !== region) {
      update((d) => ({ ...d, within: region, ...(root ? { withinLevel: root } : {}) }));
    }
  }, [region]);

  // A document of another territory (a link from elsewhere) is replaced by this one's default.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the territory changes
  useEffect(() => {
    if (doc && doc.country !== territory.code) update(defaultDocument(territory, region, null));
  }, [territory.code, doc?.country]);

  const data = useAtlasData(doc);
  const selection: Selection | null = unit ? { code: unit.code, level: unit.level } : null;
  // While the next unit loads, `selection` is still the previous one: the camera waits.
  return { territory, doc, update, selection, selectionSettled: !status.stale, ...data };
}

export type AtlasState = ReturnType<typeof useAtlas>;
/** The atlas once its document exists (from the URL, or the default for the selected region). */
export type Atlas = AtlasState & { doc: MapDocument };

export function hasDocument(a: AtlasState): a is Atlas {
  return a.doc !== null;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapDocument } from '../../../../src/core/map/document.ts';
import { navigate, useLocation } from '../../app/router.tsx';
import { decodeMapDocument, encodeMapDocument, MAP_PARAM } from './urlDocument.ts';

export type DocumentUpdate = (change: MapDocument | ((doc: MapDocument) => MapDocument)) => void;

/**
 * The map document is React state, mirrored in the URL (`?map=`) so that a link, a reload or the
 * back button restore the map. Links inside the app (the tree, the search) don't carry the
 * document: the current one is written back into their URL, replacing the history entry.
 */
export function useMapDocument(fallback: (() => MapDocument) | null): [MapDocument | null, DocumentUpdate] {
  const { pathname, search } = useLocation();
  const param = search.get(MAP_PARAM);
  const query = search.toString();
  // Null until the default can be made (the selected unit, hence its region, still loading).
  const [doc, setDoc] = useState<MapDocument | null>(() => decodeMapDocument(param) ?? fallback?.() ?? null);
  const canFallBack = fallback !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fallback is called once, when it becomes possible
  useEffect(() => {
    if (!doc && fallback) setDoc(fallback());
  }, [doc, canFallBack]);
  // The last value of the parameter this hook wrote or read: anything else came from outside.
  const synced = useRef<string | null>(null);

  useEffect(() => {
    if (!doc) return;
    const encoded = encodeMapDocument(doc);
    if (param === encoded) {
      synced.current = encoded;
      return;
    }
    if (param && param !== synced.current) {
      const fromUrl = decodeMapDocument(param);
      synced.current = param;
      if (fromUrl) {
        setDoc(fromUrl);
        return;
      }
    }
    synced.current = encoded;
    const next = new URLSearchParams(query);
    next.set(MAP_PARAM, encoded);
    navigate(`${pathname}?${next.toString()}`, { replace: true });
  }, [param, doc, pathname, query]);

  const update = useCallback<DocumentUpdate>(
    (change) => setDoc((d) => (typeof change !== 'function' ? change : d ? change(d) : d)),
    [],
  );
  return [doc, update];
}

import { type ControlPosition, Map as MapLibreMap, NavigationControl, ScaleControl, type StyleSpecification } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Bbox } from './geometry.ts';
import { drawPattern } from './patterns.ts';
import { setupMapLibre } from './setup.ts';
import { LAYER_IDS } from './style/types.ts';

declare global {
  interface Window {
    /** The atlas map, for browser tests (queryRenderedFeatures, getStyle). */
    __taawunMap?: MapLibreMap;
  }
}

export interface MapHover {
  code: string;
  /** Pointer position in the map's box, in CSS pixels. */
  x: number;
  y: number;
}

export interface MapViewProps {
  /** The whole style, derived from the map document; patched with setStyle(…, { diff: true }). */
  style: StyleSpecification;
  /** Fitted when `key` changes (a new area, or a unit selected elsewhere). */
  focus: { key: string; bounds: Bbox } | null;
  dir: 'ltr' | 'rtl';
  label: string;
  onHover(hover: MapHover | null): void;
  onSelect(code: string): void;
  /** After each move, the zoom (to load finer geometry when the user zooms in). */
  onZoom?(zoom: number): void;
}

/**
 * MapLibre in a React component that holds no map state of its own: everything drawn comes in
 * through `style`. The only things kept inside MapLibre are the camera and the hover highlight
 * (a feature state). `data-idle` says when everything asked for is drawn, for tests and exports.
 */
export function MapView({ style, focus, dir, label, onHover, onSelect, onZoom }: MapViewProps) {
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const handlers = useRef({ onHover, onSelect, onZoom });
  handlers.current = { onHover, onSelect, onZoom };
  const styleRef = useRef(style);
  styleRef.current = style;
  /** The style MapLibre last received. */
  const applied = useRef<StyleSpecification | null>(null);

  useEffect(() => {
    if (!container.current) return;
    setupMapLibre();
    const el = container.current;
    const map = new MapLibreMap({
      container: el,
      style: styleRef.current,
      attributionControl: false,
      center: [-7.5, 31.5],
      zoom: 4,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      fadeDuration: 0,
    });
    applied.current = styleRef.current;
    map.touchZoomRotate.disableRotation();
    mapRef.current = map;
    window.__taawunMap = map;
    map.on('styleimagemissing', (e: { id: string }) => {
      const img = drawPattern(e.id);
      if (img && !map.hasImage(e.id)) map.addImage(e.id, img, { pixelRatio: img.pixelRatio });
    });
    let hovered: string | null = null;
    const setHover = (code: string | null) => {
      if (hovered === code) return;
      if (hovered) map.setFeatureState({ source: 'units', id: hovered }, { hover: false });
      hovered = code;
      if (code) map.setFeatureState({ source: 'units', id: code }, { hover: true });
    };
    map.on('mousemove', (e) => {
      const f = map.getLayer(LAYER_IDS.fill) ? map.queryRenderedFeatures(e.point, { layers: [LAYER_IDS.fill] })[0] : undefined;
      const code = f ? String(f.properties.code) : null;
      setHover(code);
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      handlers.current.onHover(code ? { code, x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseout', () => {
      setHover(null);
      handlers.current.onHover(null);
    });
    map.on('click', (e) => {
      const f = map.getLayer(LAYER_IDS.fill) ? map.queryRenderedFeatures(e.point, { layers: [LAYER_IDS.fill] })[0] : undefined;
      if (f) handlers.current.onSelect(String(f.properties.code));
    });
    map.on('moveend', () => handlers.current.onZoom?.(map.getZoom()));
    map.on('idle', () => el.setAttribute('data-idle', 'true'));
    map.on('styledata', () => el.setAttribute('data-idle', 'false'));
    return () => {
      if (window.__taawunMap === map) delete window.__taawunMap;
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || applied.current === style) return;
    container.current?.setAttribute('data-idle', 'false');
    // A diff needs the previous style fully loaded; until then the latest style waits its turn.
    const apply = () => {
      if (applied.current === styleRef.current) return;
      applied.current = styleRef.current;
      map.setStyle(styleRef.current, { diff: true });
      // A diff that changes nothing draws nothing, and 'idle' would never come to say so.
      map.triggerRepaint();
    };
    if (map.isStyleLoaded()) apply();
    else map.once('idle', apply);
  }, [style]);

  // Controls sit at the inline end: top right in French, top left in Arabic.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const end: ControlPosition = dir === 'rtl' ? 'top-left' : 'top-right';
    const start: ControlPosition = dir === 'rtl' ? 'bottom-right' : 'bottom-left';
    const nav = new NavigationControl({ showCompass: false });
    const scale = new ScaleControl({ unit: 'metric' });
    map.addControl(nav, end);
    map.addControl(scale, start);
    return () => {
      map.removeControl(nav);
      map.removeControl(scale);
    };
  }, [dir]);

  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit only when what is focused changes
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !focus) return;
    map.fitBounds(focus.bounds, { padding: 28, duration: first.current ? 0 : 600, maxZoom: 11 });
    first.current = false;
  }, [focus?.key]);

  return <section ref={container} className="atlas-map" aria-label={label} data-idle="false" />;
}

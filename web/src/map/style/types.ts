import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { MapDocument, MapLayer } from '../../../../src/core/map/document.ts';
import type { FlowProperties } from '../../../../src/core/map/flows.ts';
import type { PaintedMap } from '../../../../src/core/map/paint.ts';

export type MapLanguage = 'fr' | 'ar' | 'en';

/** Everything the style is derived from: the document, what paintUnits made of it, and geometry. */
export interface StyleInput {
  doc: MapDocument;
  painted: PaintedMap;
  /** The mapped units, one feature each, `code` and names as properties (see geometry.ts). */
  units: GeoJSON.FeatureCollection;
  /** One point inside each unit, for labels and symbols. */
  points: GeoJSON.FeatureCollection<GeoJSON.Point>;
  /** Borders of coarser levels, by level, drawn over the units. */
  overlays: { level: string; lines: GeoJSON.MultiLineString }[];
  /** Lines of each flow layer, by the layer's index in the document. */
  flows: Record<number, GeoJSON.FeatureCollection<GeoJSON.LineString, FlowProperties>>;
  /** Outline of the selected unit (a commune, or a province drawn around its communes). */
  selection: GeoJSON.MultiLineString | null;
  lang: MapLanguage;
}

/** What one document layer adds to the style: fills under the borders, marks above them. */
export interface LayerStyleParts {
  sources?: Record<string, SourceSpecification>;
  /** Under the unit borders and overlays: area fills, stripes, hatching. */
  areas?: LayerSpecification[];
  /** Over the borders: symbols, flows. */
  marks?: LayerSpecification[];
}

/** One file per map type, one entry in LAYER_STYLES (registry.ts). */
export type LayerStyle<L extends MapLayer> = (layer: L, index: number, input: StyleInput) => LayerStyleParts;

/** Ids of the sources every style has. */
export const SOURCES = { units: 'units', points: 'points' } as const;
/** Ids of layers other parts of the app query or listen to. */
export const LAYER_IDS = { fill: 'units-fill', hit: 'units-hit', hover: 'units-hover', labels: 'labels' } as const;

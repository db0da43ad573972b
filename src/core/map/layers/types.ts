import type { MapData, MapFlow } from '../data.ts';
import type { MapLayer } from '../document.ts';
import type { Legend } from '../legend.ts';

/** How one unit is drawn. */
export interface PaintedUnit {
  /** Fill colour; `null` = no data (hatched in exports, never the colour of zero). */
  fill: string | null;
  /** A unit in several cooperation bodies: the colours of its bodies, to stripe. */
  stripes?: string[];
  /** Class of the choropleth value (see classIndex for the limit convention). */
  classIndex?: number;
  /** Value of the area layer (choropleth), or of the symbols when there is none. */
  value?: number | null;
  /** Keys of the categories the unit is in (kind, ancestor code, body codes). */
  category?: string[];
  /** Radius in pixels of the proportional symbol (absent: no symbol). */
  radius?: number;
  /** Value the symbol stands for. */
  symbolValue?: number | null;
}

export interface PaintContext {
  data: MapData;
  /** Flows of the flow layers' datasets, by dataset key (for their legends). */
  flows?: Record<string, MapFlow[]>;
}

export interface LayerPaint {
  /** Per unit, what this layer decides; merged bottom to top (a later area layer wins the fill). */
  units: Map<string, Partial<PaintedUnit>>;
  legend: Legend;
  /** The layer colours areas (choropleth, categories), as opposed to symbols or lines. */
  fillsAreas: boolean;
}

/** One file per layer type, one entry in LAYER_PAINTERS (paint.ts). */
export type LayerPainter<L extends MapLayer> = (layer: L, index: number, ctx: PaintContext) => LayerPaint;

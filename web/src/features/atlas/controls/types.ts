import type { ComponentType } from 'react';
import type { MapData } from '../../../../../src/core/map/data.ts';
import type { MapLayer } from '../../../../../src/core/map/document.ts';
import type { Legend } from '../../../../../src/core/map/legend.ts';
import type { FlowDataset } from '../../../api/maps.ts';
import type { IndicatorInfo, Level } from '../../../api/types.ts';

/** What the controls of a layer may need to offer choices: the catalogue, the data, the legend. */
export interface ControlContext {
  indicators: IndicatorInfo[];
  data: MapData | null;
  /** The legend paintUnits made for this layer (to start manual limits from the computed ones). */
  legend: Legend | undefined;
  flowDatasets: FlowDataset[];
  levels: Level[];
  /** Level of the mapped units (commune). */
  mapLevel: string;
}

export interface LayerControlsProps<L extends MapLayer> {
  layer: L;
  onChange(layer: L): void;
  ctx: ControlContext;
}

/**
 * A map type as the controls panel knows it: how to create a layer of this type (keeping what it
 * can of the layer it replaces: the variable) and the form that edits it.
 */
export interface MapTypeEntry<L extends MapLayer> {
  type: L['type'];
  create(ctx: ControlContext, from?: MapLayer): L;
  Controls: ComponentType<LayerControlsProps<L>>;
}

/** The indicator a new layer starts with: population where there is one, else the first. */
export function defaultIndicator(ctx: ControlContext): string {
  return ctx.indicators.find((i) => i.id === 'population')?.id ?? ctx.indicators[0]?.id ?? 'population';
}

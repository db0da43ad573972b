import type { HistogramBin } from './classify/histogram.ts';
import type { ClassifyWarning } from './classify/types.ts';
import type { CategoryLayer, ClassificationMethod, Variable } from './document.ts';

/**
 * What a legend says, without words: the browser and the SVG renderer put it into the reader's
 * language (see src/report/map/titles.ts), so the same object serves both.
 */
export type LegendTitle =
  | { kind: 'variable'; variable: Variable /** Years the values come from. */; years: number[] }
  | { kind: 'categories'; by: CategoryLayer['by'] /** Level of the units mapped (communes). */; level: string }
  | { kind: 'flows'; dataset: string };

export interface LegendClass {
  /** A value equal to `upper` is in this class; a value equal to `lower` is in the one below (except the first). */
  lower: number;
  upper: number;
  color: string;
  count: number;
}

export interface ChoroplethLegend {
  type: 'choropleth';
  layer: number;
  title: LegendTitle;
  method: ClassificationMethod;
  classes: LegendClass[];
  breaks: number[];
  noData: { color: string; count: number };
  histogram: HistogramBin[];
  warnings?: ClassifyWarning[];
  /** Goodness of variance fit of the classes (1 = perfect). */
  varianceFit: number;
}

export interface CategoryEntry {
  key: string;
  label: { fr: string; ar: string; en: string };
  /** An i18n key (`common:kinds.urban`) to prefer over `label` when present. */
  labelKey?: string;
  color: string;
  count: number;
}

export interface CategoryLegend {
  type: 'categories';
  layer: number;
  title: LegendTitle;
  categories: CategoryEntry[];
  /** Units in no category drawn (a commune in no cooperation body), left unfilled. */
  none?: { color: string; count: number };
  noData: { color: string; count: number };
  /** Units in several categories at once (striped). */
  multiple?: number;
}

export interface SymbolLegend {
  type: 'symbols';
  layer: number;
  title: LegendTitle;
  color: string;
  /** Reference circles, largest first. */
  sizes: { value: number; radius: number }[];
  noData: { count: number };
}

export interface FlowLegend {
  type: 'flows';
  layer: number;
  title: LegendTitle;
  color: string;
  /** Reference widths, largest first. */
  widths: { value: number; width: number }[];
  minValue: number;
  /** Flows drawn (at or above minValue) and flows in the dataset. */
  drawn: number;
  total: number;
}

export type Legend = ChoroplethLegend | CategoryLegend | SymbolLegend | FlowLegend;

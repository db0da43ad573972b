import type { MapLanguage } from '../../../../../src/core/map/format.ts';
import type { Legend } from '../../../../../src/core/map/legend.ts';

export interface LegendProps<L extends Legend> {
  legend: L;
  lang: MapLanguage;
}

import type { ComponentType } from 'react';
import type { Legend } from '../../../../../src/core/map/legend.ts';
import { CategoryLegend } from './CategoryLegend.tsx';
import { ChoroplethLegend } from './ChoroplethLegend.tsx';
import { FlowLegend, SymbolLegend } from './SizeLegend.tsx';
import type { LegendProps } from './types.ts';

/** One legend component per map type. */
export const LEGENDS: { [T in Legend['type']]: ComponentType<LegendProps<Extract<Legend, { type: T }>>> } = {
  choropleth: ChoroplethLegend,
  categories: CategoryLegend,
  symbols: SymbolLegend,
  flows: FlowLegend,
};

import type { ChoroplethLayer } from '../../../../../src/core/map/document.ts';
import type { ChoroplethLegend } from '../../../../../src/core/map/legend.ts';
import { DEFAULT_SEQUENTIAL, paletteOf } from '../../../../../src/core/map/palettes.ts';
import { ClassificationFields } from './ClassificationFields.tsx';
import { OpacityField } from './OpacityField.tsx';
import { PalettePicker } from './PalettePicker.tsx';
import { defaultIndicator, type LayerControlsProps, type MapTypeEntry } from './types.ts';
import { VariableFields } from './VariableFields.tsx';

function ChoroplethControls({ layer, onChange, ctx }: LayerControlsProps<ChoroplethLayer>) {
  const legend = ctx.legend?.type === 'choropleth' ? (ctx.legend as ChoroplethLegend) : undefined;
  return (
    <>
      <VariableFields
        variable={layer.variable}
        indicators={ctx.indicators}
        onChange={(variable) => onChange({ ...layer, variable })}
      />
      <ClassificationFields
        value={layer.classification}
        legend={legend}
        onChange={(classification) => onChange({ ...layer, classification })}
      />
      <PalettePicker
        scheme={layer.palette.scheme}
        reverse={layer.palette.reverse ?? false}
        count={layer.classification.classes}
        kinds={['sequential', 'diverging']}
        onChange={(palette) => onChange({ ...layer, palette })}
      />
      <OpacityField value={layer.opacity} onChange={(opacity) => onChange({ ...layer, opacity })} />
    </>
  );
}

export const choropleth: MapTypeEntry<ChoroplethLayer> = {
  type: 'choropleth',
  create: (ctx, from) => ({
    type: 'choropleth',
    variable: from && 'variable' in from ? from.variable : { indicator: defaultIndicator(ctx), per: 'area' },
    classification: { method: 'quantile', classes: 5 },
    palette: {
      scheme:
        from && 'palette' in from && paletteOf(from.palette.scheme)?.kind !== 'qualitative'
          ? from.palette.scheme
          : DEFAULT_SEQUENTIAL,
    },
  }),
  Controls: ChoroplethControls,
};

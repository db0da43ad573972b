import { useTranslation } from 'react-i18next';
import type { SymbolLayer } from '../../../../../src/core/map/document.ts';
import { Field } from './Field.tsx';
import { defaultIndicator, type LayerControlsProps, type MapTypeEntry } from './types.ts';
import { VariableFields } from './VariableFields.tsx';

function SymbolControls({ layer, onChange, ctx }: LayerControlsProps<SymbolLayer>) {
  const { t } = useTranslation();
  return (
    <>
      <VariableFields
        variable={layer.variable}
        indicators={ctx.indicators}
        onChange={(variable) => onChange({ ...layer, variable })}
      />
      <Field label={t('atlas.symbols.maxRadius')} name="maxRadius">
        <input
          type="number"
          min={4}
          max={100}
          value={layer.maxRadius}
          onChange={(e) => {
            const r = Number(e.target.value);
            if (r > 0 && r <= 100) onChange({ ...layer, maxRadius: r });
          }}
        />
      </Field>
      <Field label={t('atlas.symbols.color')} name="color">
        <input type="color" value={layer.color} onChange={(e) => onChange({ ...layer, color: e.target.value })} />
      </Field>
    </>
  );
}

export const symbols: MapTypeEntry<SymbolLayer> = {
  type: 'symbols',
  create: (ctx, from) => ({
    type: 'symbols',
    // Symbols show stocks (inhabitants), not densities: sizes of a density would mislead.
    variable: from && 'variable' in from ? { indicator: from.variable.indicator } : { indicator: defaultIndicator(ctx) },
    maxRadius: 28,
    color: '#1f4e79',
  }),
  Controls: SymbolControls,
};

import { useTranslation } from 'react-i18next';
import type { FlowLayer } from '../../../../../src/core/map/document.ts';
import { Field } from './Field.tsx';
import type { LayerControlsProps, MapTypeEntry } from './types.ts';

function FlowControls({ layer, onChange, ctx }: LayerControlsProps<FlowLayer>) {
  const { t } = useTranslation();
  if (ctx.flowDatasets.length === 0) return <p className="muted">{t('atlas.flows.none')}</p>;
  return (
    <>
      <Field label={t('atlas.flows.dataset')} name="dataset">
        <select value={layer.dataset} onChange={(e) => onChange({ ...layer, dataset: e.target.value })}>
          {ctx.flowDatasets.map((d) => (
            <option key={d.key} value={d.key}>
              {`${d.name} (${d.year})`}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('atlas.flows.minValue')} name="minValue">
        <input
          type="number"
          min={0}
          value={layer.minValue}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (v >= 0) onChange({ ...layer, minValue: v });
          }}
        />
      </Field>
      <Field label={t('atlas.flows.maxWidth')} name="maxWidth">
        <input
          type="number"
          min={1}
          max={60}
          value={layer.maxWidth}
          onChange={(e) => {
            const w = Number(e.target.value);
            if (w > 0 && w <= 60) onChange({ ...layer, maxWidth: w });
          }}
        />
      </Field>
      <Field label={t('atlas.flows.color')} name="color">
        <input type="color" value={layer.color} onChange={(e) => onChange({ ...layer, color: e.target.value })} />
      </Field>
    </>
  );
}

export const flows: MapTypeEntry<FlowLayer> = {
  type: 'flows',
  create: (ctx) => ({ type: 'flows', dataset: ctx.flowDatasets[0]?.key ?? '', minValue: 0, maxWidth: 14, color: '#1d4ed8' }),
  Controls: FlowControls,
};

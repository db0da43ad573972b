import { useTranslation } from 'react-i18next';
import type { CategoryLayer } from '../../../../../src/core/map/document.ts';
import { DEFAULT_QUALITATIVE } from '../../../../../src/core/map/palettes.ts';
import { Field } from './Field.tsx';
import { OpacityField } from './OpacityField.tsx';
import { PalettePicker } from './PalettePicker.tsx';
import type { LayerControlsProps, MapTypeEntry } from './types.ts';

type By = CategoryLayer['by'];

/** "kind", "ancestor:province", "cooperation", "cooperation:eci" ⇄ the document's `by`. */
const byKey = (by: By) =>
  by.kind === 'ancestor'
    ? `ancestor:${by.level}`
    : by.kind === 'cooperation' && by.bodyType
      ? `cooperation:${by.bodyType}`
      : by.kind;
function fromKey(key: string): By {
  const [kind, arg] = key.split(':', 2) as [string, string | undefined];
  if (kind === 'ancestor') return { kind: 'ancestor', level: arg ?? 'province' };
  if (kind === 'cooperation') return arg ? { kind: 'cooperation', bodyType: arg } : { kind: 'cooperation' };
  return { kind: 'kind' };
}

function CategoryControls({ layer, onChange, ctx }: LayerControlsProps<CategoryLayer>) {
  const { t } = useTranslation();
  const mapRank = ctx.levels.find((l) => l.id === ctx.mapLevel)?.rank ?? 99;
  const coarser = ctx.levels.filter((l) => l.rank < mapRank);
  const bodyTypes = [...new Set((ctx.data?.memberships ?? []).map((m) => m.type))].sort();
  const count = ctx.legend?.type === 'categories' ? ctx.legend.categories.length : 8;
  return (
    <>
      <Field label={t('atlas.categories.by')} name="by">
        <select value={byKey(layer.by)} onChange={(e) => onChange({ ...layer, by: fromKey(e.target.value) })}>
          <option value="kind">{t('atlas.categories.kind')}</option>
          {coarser.map((l) => (
            <option key={l.id} value={`ancestor:${l.id}`}>
              {t('atlas.categories.ancestor', { level: t(`common:levels.${l.id}`, { defaultValue: l.names.fr ?? l.id }) })}
            </option>
          ))}
          <option value="cooperation">{t('atlas.categories.cooperation')}</option>
          {bodyTypes.map((type) => (
            <option key={type} value={`cooperation:${type}`}>
              {`${t('atlas.categories.cooperation')} · ${t(`common:bodyTypes.${type}`, { defaultValue: type })}`}
            </option>
          ))}
        </select>
      </Field>
      <PalettePicker
        scheme={layer.palette.scheme}
        reverse={layer.palette.reverse ?? false}
        count={count}
        kinds={['qualitative', 'sequential']}
        onChange={(palette) => onChange({ ...layer, palette })}
      />
      <OpacityField value={layer.opacity} onChange={(opacity) => onChange({ ...layer, opacity })} />
    </>
  );
}

export const categories: MapTypeEntry<CategoryLayer> = {
  type: 'categories',
  create: () => ({ type: 'categories', by: { kind: 'kind' }, palette: { scheme: DEFAULT_QUALITATIVE } }),
  Controls: CategoryControls,
};

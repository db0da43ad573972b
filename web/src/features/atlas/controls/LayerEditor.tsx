import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument, MapLayer } from '../../../../../src/core/map/document.ts';
import type { DocumentUpdate } from '../useMapDocument.ts';
import { Field } from './Field.tsx';
import { MAP_TYPE_ORDER, MAP_TYPES } from './registry.ts';
import type { ControlContext, LayerControlsProps, MapTypeEntry } from './types.ts';

const MAX_LAYERS = 6;

/**
 * The document's layers, one tab each (bottom to top), the type of the selected one and its form,
 * from the map type registry. A second layer draws over the first: symbols or flows over colours.
 */
export function LayerEditor({
  doc,
  update,
  ctx,
}: {
  doc: MapDocument;
  update: DocumentUpdate;
  ctx: (index: number) => ControlContext;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const index = Math.min(active, doc.layers.length - 1);
  const layer = doc.layers[index];
  const setLayer = (l: MapLayer) => update((d) => ({ ...d, layers: d.layers.map((x, i) => (i === index ? l : x)) }));
  const entry = layer ? (MAP_TYPES[layer.type] as MapTypeEntry<MapLayer>) : null;
  const Controls = entry?.Controls as ComponentType<LayerControlsProps<MapLayer>> | undefined;

  return (
    <fieldset className="layer-editor">
      <legend>{t('atlas.layers.title')}</legend>
      <div className="layer-tabs" role="tablist">
        {doc.layers.map((l, i) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: layers are identified by their position in the document
            key={i}
            type="button"
            role="tab"
            aria-selected={i === index}
            data-layer={i}
            onClick={() => setActive(i)}
          >
            {`${i + 1}. ${t(`atlas.layers.types.${l.type}`)}`}
          </button>
        ))}
        {doc.layers.length < MAX_LAYERS && (
          <button
            type="button"
            className="layer-add"
            data-action="add-layer"
            title={t('atlas.layers.add')}
            aria-label={t('atlas.layers.add')}
            onClick={() => {
              update((d) => ({ ...d, layers: [...d.layers, MAP_TYPES.symbols.create(ctx(d.layers.length), d.layers.at(-1))] }));
              setActive(doc.layers.length);
            }}
          >
            +
          </button>
        )}
      </div>
      {layer && entry && Controls && (
        <div role="tabpanel" className="layer-panel" data-type={layer.type}>
          <Field label={t('atlas.layers.type')} name="type">
            <select
              value={layer.type}
              onChange={(e) => {
                const next = MAP_TYPES[e.target.value as MapLayer['type']] as MapTypeEntry<MapLayer>;
                setLayer(next.create(ctx(index), layer));
              }}
            >
              {MAP_TYPE_ORDER.map((type) => (
                <option key={type} value={type}>
                  {t(`atlas.layers.types.${type}`)}
                </option>
              ))}
            </select>
          </Field>
          <Controls layer={layer} onChange={setLayer} ctx={ctx(index)} />
          {doc.layers.length > 1 && (
            <button
              type="button"
              className="layer-remove"
              onClick={() => {
                update((d) => ({ ...d, layers: d.layers.filter((_, i) => i !== index) }));
                setActive(Math.max(0, index - 1));
              }}
            >
              {t('atlas.layers.remove')}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}

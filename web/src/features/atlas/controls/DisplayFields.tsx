import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../../../src/core/map/document.ts';
import type { Level } from '../../../api/types.ts';
import { overlayLevels } from '../defaults.ts';
import type { DocumentUpdate } from '../useMapDocument.ts';
import { Check, Field } from './Field.tsx';

/** A raster tile template the user typed: http(s), with {z}, {x} and {y}. */
export function isTileTemplate(url: string): boolean {
  return /^https?:\/\/\S+$/.test(url) && ['{z}', '{x}', '{y}'].every((p) => url.includes(p));
}

/** Names on the map, borders of coarser levels over the units, and the optional online basemap. */
export function DisplayFields({ doc, update, levels }: { doc: MapDocument; update: DocumentUpdate; levels: Level[] }) {
  const { t } = useTranslation();
  const [basemap, setBasemap] = useState(doc.basemap ?? '');
  const invalid = basemap.trim() !== '' && !isTileTemplate(basemap.trim());
  const apply = () => {
    if (invalid) return;
    const url = basemap.trim();
    update(({ basemap: _b, ...d }) => (url ? { ...d, basemap: url } : d));
  };
  const toggleOverlay = (level: string, on: boolean) =>
    update((d) => ({
      ...d,
      overlays: on ? [...d.overlays.filter((l) => l !== level), level] : d.overlays.filter((l) => l !== level),
    }));
  return (
    <fieldset className="display-fields">
      <legend>{t('atlas.display.title')}</legend>
      <Check
        name="labels"
        label={t('atlas.display.labels')}
        checked={doc.labels.show}
        onChange={(show) => update((d) => ({ ...d, labels: { ...d.labels, show } }))}
      />
      <fieldset className="overlays">
        <legend>{t('atlas.display.overlays')}</legend>
        {overlayLevels(levels, doc.level).map((l) => (
          <Check
            key={l.id}
            name={`overlay-${l.id}`}
            label={t(`common:levels.${l.id}`, { defaultValue: l.names.fr ?? l.id })}
            checked={doc.overlays.includes(l.id)}
            onChange={(on) => toggleOverlay(l.id, on)}
          />
        ))}
      </fieldset>
      <Field
        label={t('atlas.display.basemap')}
        name="basemap"
        hint={t('atlas.display.basemapHint')}
        error={invalid ? t('atlas.display.basemapInvalid') : undefined}
      >
        <span className="input-with-button">
          <input
            type="url"
            dir="ltr"
            value={basemap}
            placeholder="https://…/{z}/{x}/{y}.png"
            onChange={(e) => setBasemap(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && apply()}
          />
          <button type="button" onClick={apply} disabled={invalid}>
            {t('atlas.display.apply')}
          </button>
        </span>
      </Field>
    </fieldset>
  );
}

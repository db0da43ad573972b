import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../../../src/core/map/document.ts';
import { api } from '../../../api/client.ts';
import type { CountryDetail } from '../../../api/types.ts';
import { useNames } from '../../../app/names.ts';
import { useResource } from '../../../app/useResource.ts';
import type { DocumentUpdate } from '../useMapDocument.ts';
import { Field } from './Field.tsx';

/** Where the map is: the whole territory or one region; which level is mapped, when there is a choice. */
export function ScopeFields({ doc, update, territory }: { doc: MapDocument; update: DocumentUpdate; territory: CountryDetail }) {
  const { t } = useTranslation();
  const { primary } = useNames();
  const root = territory.levels.find((l) => l.parents.length === 0);
  const regions = useResource(
    (s) => (root ? api.units(territory.code, { level: root.id, limit: 500 }, s) : Promise.resolve({ units: [], total: 0 })),
    [territory.code, root?.id],
  );
  const drawn = territory.levels.filter((l) => l.expectsBoundary);
  return (
    <fieldset className="scope-fields">
      <legend>{t('atlas.scope.title')}</legend>
      <Field label={t('atlas.scope.within')} name="within">
        <select
          value={doc.within ?? ''}
          onChange={(e) =>
            update(({ within: _w, withinLevel: _l, ...d }) =>
              e.target.value ? { ...d, within: e.target.value, ...(root ? { withinLevel: root.id } : {}) } : d,
            )
          }
        >
          <option value="">{t('atlas.scope.whole')}</option>
          {regions.data?.units.map((u) => (
            <option key={u.code} value={u.code}>
              {primary(u.names)}
            </option>
          ))}
        </select>
      </Field>
      {drawn.length > 1 && (
        <Field label={t('atlas.scope.level')} name="level">
          <select value={doc.level} onChange={(e) => update((d) => ({ ...d, level: e.target.value }))}>
            {drawn.map((l) => (
              <option key={l.id} value={l.id}>
                {t(`common:levels.${l.id}`, { defaultValue: l.names.fr ?? l.id })}
              </option>
            ))}
          </select>
        </Field>
      )}
    </fieldset>
  );
}

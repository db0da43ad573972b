import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MapDocument, validateMapDocument } from '../../../../../src/core/map/document.ts';
import { mapsApi, type SavedMap } from '../../../api/maps.ts';
import { useFormat } from '../../../app/format.ts';
import { ErrorNote, Loading } from '../../../app/ui.tsx';
import { useResource } from '../../../app/useResource.ts';
import './saved.css';

interface Props {
  country: string;
  doc: MapDocument;
  current: SavedMap | null;
  onOpen(saved: SavedMap): void;
  onSaved(saved: SavedMap): void;
}

/** Save the current document under a name (a new map, or an update of the one opened), list and open saved maps. */
export function SavedMaps({ country, doc, current, onOpen, onSaved }: Props) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<'save' | 'open' | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const toggle = (p: 'save' | 'open') => {
    setSavedAs(null);
    setPanel((x) => (x === p ? null : p));
  };
  return (
    <div className="saved-maps">
      <button type="button" data-action="save-map" aria-expanded={panel === 'save'} onClick={() => toggle('save')}>
        {t('atlas.saved.save')}
      </button>
      <button type="button" data-action="open-maps" aria-expanded={panel === 'open'} onClick={() => toggle('open')}>
        {t('atlas.saved.open')}
      </button>
      {panel === 'save' && (
        <SaveForm
          doc={doc}
          current={current}
          onSaved={(s) => {
            onSaved(s);
            setSavedAs(s.name);
            setPanel(null);
          }}
        />
      )}
      {savedAs && (
        <span className="saved-status" role="status">
          {t('atlas.saved.savedAs', { name: savedAs })}
        </span>
      )}
      {panel === 'open' && (
        <SavedList
          country={country}
          onOpen={(s) => {
            onOpen(s);
            setPanel(null);
          }}
          onClose={() => setPanel(null)}
        />
      )}
    </div>
  );
}

function SaveForm({ doc, current, onSaved }: { doc: MapDocument; current: SavedMap | null; onSaved(s: SavedMap): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(current?.name ?? doc.title);
  const [error, setError] = useState<Error | null>(null);
  const save = async (asNew: boolean) => {
    setError(null);
    try {
      onSaved(current && !asNew ? await mapsApi.update(current.id, name.trim(), doc) : await mapsApi.create(name.trim(), doc));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  return (
    <form
      className="saved-panel"
      onSubmit={(e) => {
        e.preventDefault();
        void save(!current);
      }}
    >
      <label>
        {t('atlas.saved.name')}
        <input name="map-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} dir="auto" />
      </label>
      <div className="saved-actions">
        {current && (
          <button type="submit" disabled={!name.trim()}>
            {t('atlas.saved.update', { name: current.name })}
          </button>
        )}
        <button
          type={current ? 'button' : 'submit'}
          disabled={!name.trim()}
          onClick={current ? () => void save(true) : undefined}
        >
          {t('atlas.saved.saveNew')}
        </button>
      </div>
      {error && <ErrorNote error={error} />}
    </form>
  );
}

function SavedList({ country, onOpen, onClose }: { country: string; onOpen(s: SavedMap): void; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useResource((s) => mapsApi.list(country, s), [country]);
  const [invalid, setInvalid] = useState(false);
  const open = (s: SavedMap) => {
    const v = validateMapDocument(s.document);
    if (!v.ok) return setInvalid(true);
    onOpen({ ...s, document: v.document });
  };
  const remove = async (s: SavedMap) => {
    await mapsApi.remove(s.id);
    list.reload();
  };
  return (
    <div className="saved-panel" role="dialog" aria-label={t('atlas.saved.list')}>
      <h3>{t('atlas.saved.list')}</h3>
      {list.error && <ErrorNote error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data?.length === 0 && <p className="muted">{t('atlas.saved.none')}</p>}
      {invalid && <p role="alert">{t('atlas.saved.invalid')}</p>}
      <ul className="saved-list">
        {list.data?.map((s) => (
          <li key={s.id} data-map={s.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => open(s)}
              aria-label={t('atlas.saved.openMap', { name: s.name })}
            >
              {s.name}
            </button>
            <span className="muted">{fmt.dateTime(s.updatedAt)}</span>
            <button
              type="button"
              className="icon-button"
              onClick={() => void remove(s)}
              aria-label={t('atlas.saved.deleteMap', { name: s.name })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        {t('atlas.saved.close')}
      </button>
    </div>
  );
}

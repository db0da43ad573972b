import { useTranslation } from 'react-i18next';
import type { SavedMap } from '../../api/maps.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { ExportButtons } from './export/ExportButtons.tsx';
import type { Catalogue } from './catalogue.ts';
import { SavedMaps } from './saved/SavedMaps.tsx';
import type { Atlas } from './useAtlas.ts';

interface Props {
  atlas: Atlas;
  catalogue: Catalogue;
  saved: SavedMap | null;
  onSaved(s: SavedMap): void;
}

/** Above the map: its title, save and open, export, and the way to bring in more data. */
export function AtlasToolbar({ atlas, catalogue, saved, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <div className="atlas-toolbar" role="toolbar" aria-label={t('atlas.toolbar.label')}>
      <label className="atlas-title">
        <span className="visually-hidden">{t('atlas.toolbar.title')}</span>
        <input
          value={atlas.doc.title}
          placeholder={t('atlas.toolbar.titlePlaceholder')}
          maxLength={200}
          dir="auto"
          onChange={(e) => atlas.update((d) => ({ ...d, title: e.target.value }))}
        />
      </label>
      <SavedMaps
        country={atlas.doc.country}
        doc={atlas.doc}
        current={saved}
        onSaved={onSaved}
        onOpen={(s) => {
          onSaved(s);
          atlas.update(s.document);
        }}
      />
      <ExportButtons atlas={atlas.atlas} fictional={atlas.territory.fictional} catalogue={catalogue} />
      <Link to={paths.imports()} className="atlas-import-link">
        {t('atlas.toolbar.import')}
      </Link>
    </div>
  );
}

import { useState } from 'react';
import type { UnitDetail } from '../../api/types.ts';
import type { Territory } from '../../app/levels.ts';
import { paths } from '../../app/paths.ts';
import { navigate } from '../../app/router.tsx';
import { ErrorNote, Loading } from '../../app/ui.tsx';
import type { Resource } from '../../app/useResource.ts';
import { AsideTabs } from '../atlas/AsideTabs.tsx';
import { AtlasPanel } from '../atlas/AtlasPanel.tsx';
import { MapControls } from '../atlas/controls/MapControls.tsx';
import { useCatalogue } from '../atlas/catalogue.ts';
import { DataTable } from '../atlas/table/DataTable.tsx';
import { hasDocument, useAtlas } from '../atlas/useAtlas.ts';
import { withMapParam } from '../atlas/urlDocument.ts';
import { UnitInspector } from '../inspector/UnitInspector.tsx';
import { Breadcrumb } from './Breadcrumb.tsx';
import { CountryOverview } from './CountryOverview.tsx';
import { UnitBrowser } from './UnitBrowser.tsx';
import './territory.css';

export type LoadedTerritory = Territory & { territory: NonNullable<Territory['territory']> };

interface Props {
  country: string;
  code: string | null;
  territory: LoadedTerritory;
  unit: Resource<UnitDetail | null>;
}

/** The territory page once its levels are known: tree or map settings, the atlas, the unit's record. */
export function TerritoryWorkspace({ country, code, territory, unit }: Props) {
  // While the next unit loads, the previous one stays on screen (dimmed) rather than flashing empty.
  const shown = code ? (unit.data ?? null) : null;
  const stale = Boolean(code) && unit.data?.code !== code;
  const atlas = useAtlas(territory.territory, shown, { pending: Boolean(code) && !unit.data && !unit.error, stale });
  const ready = hasDocument(atlas) ? atlas : null;
  const catalogue = useCatalogue(country);
  const [picked, setPicked] = useState<string | null>(null);
  // A unit picked on the map or in the table: a new history entry, but the page stays where it is.
  const select = (c: string) => {
    const y = window.scrollY;
    setPicked(c);
    navigate(withMapParam(paths.unit(country, c, ready?.doc.level)));
    window.scrollTo({ top: y });
  };

  return (
    <div className="territory-page">
      <Breadcrumb territory={territory.territory} unit={shown} />
      <div className="territory-layout">
        <aside className="territory-aside">
          <AsideTabs
            territory={<UnitBrowser country={country} territory={territory} unit={shown} selected={code} />}
            map={ready ? <MapControls atlas={ready} catalogue={catalogue} /> : <Loading />}
          />
        </aside>
        <div className="territory-main">
          {ready ? <AtlasPanel atlas={ready} catalogue={catalogue} pickedHere={picked} onSelect={select} /> : <Loading />}
          {ready?.atlas && <DataTable atlas={ready.atlas} levels={territory.levels} selected={code} onSelect={select} />}
          <div className="territory-record" aria-busy={stale}>
            {!code && <CountryOverview territory={territory} />}
            {code && unit.error && <ErrorNote error={unit.error} onRetry={unit.reload} />}
            {code &&
              !unit.error &&
              (shown ? <UnitInspector country={country} unit={shown} territory={territory} /> : <Loading />)}
          </div>
        </div>
      </div>
    </div>
  );
}

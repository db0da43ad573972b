import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../api/types.ts';
import type { Territory } from '../../app/levels.ts';
import { useNames } from '../../app/names.ts';
import { OtherName } from '../../app/ui.tsx';
import { AliasesCard } from './AliasesCard.tsx';
import { ChildrenCard } from './ChildrenCard.tsx';
import { IdentityCard } from './IdentityCard.tsx';
import { ProvenanceCard } from './ProvenanceCard.tsx';
import { SeriesCard } from './SeriesCard.tsx';
import './inspector.css';

/** Everything the reference knows about one unit, each part in its own card. */
export function UnitInspector({ country, unit, territory }: { country: string; unit: UnitDetail; territory: Territory }) {
  const { t } = useTranslation();
  const { primary, secondary } = useNames();
  const other = secondary(unit.names);
  const kind = territory.kindName(unit.kind);
  return (
    <article className="record" aria-label={t('inspector.label')}>
      <header className="record-head">
        <p className="eyebrow">
          {territory.levelName(unit.level)}
          {kind && ` · ${kind}`}
        </p>
        <h1>
          {primary(unit.names)} {other && <OtherName {...other} />}
        </h1>
        {unit.names.zgh && (
          <p className="tifinagh record-zgh" lang="zgh">
            {unit.names.zgh}
          </p>
        )}
      </header>
      <div className="cards">
        <SeriesCard country={country} unit={unit} />
        <IdentityCard unit={unit} territory={territory} />
        <ChildrenCard unit={unit} territory={territory} />
        <AliasesCard unit={unit} />
        <ProvenanceCard unit={unit} />
      </div>
    </article>
  );
}

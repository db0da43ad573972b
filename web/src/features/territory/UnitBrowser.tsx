import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../api/types.ts';
import type { Territory } from '../../app/levels.ts';
import { ChildList, type ListParent } from './ChildList.tsx';
import { SearchResults } from './SearchResults.tsx';

/**
 * The tree, one level at a time: the children of the selected unit, or its siblings when it has
 * none (a commune), so the list around it stays in view. Typing a name searches the whole territory.
 */
export function UnitBrowser({
  country,
  territory,
  unit,
  selected,
}: {
  country: string;
  territory: Territory;
  unit: UnitDetail | null;
  selected: string | null;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 250);
  // A new unit chosen (from the results or a link) closes the search.
  const [searchedFrom, setSearchedFrom] = useState(unit?.code);
  if (searchedFrom !== unit?.code) {
    setSearchedFrom(unit?.code);
    setText('');
  }

  return (
    <div className="browser">
      <label className="search">
        <span className="visually-hidden">{t('territory.search')}</span>
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('territory.searchPlaceholder')}
          dir={text ? 'auto' : undefined}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      {query.length >= 2 && text.trim().length >= 2 ? (
        <SearchResults country={country} query={query} territory={territory} selected={selected} />
      ) : (
        <ChildList country={country} territory={territory} parent={listParent(unit)} selected={selected} />
      )}
    </div>
  );
}

function listParent(unit: UnitDetail | null): ListParent | null {
  if (!unit) return null;
  const hasChildren = unit.children > 0;
  if (hasChildren) return { code: unit.code, level: unit.level, names: unit.names };
  const parent = unit.ancestors.at(-1);
  return parent ? { code: parent.code, level: parent.level, names: parent.names } : null;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../api/types.ts';
import { useFormat } from '../../../app/format.ts';
import { Swatch } from '../legend/Swatch.tsx';
import { useMapLanguage } from '../legend/context.ts';
import type { AtlasData } from '../useAtlasData.ts';
import { filterRows, parentLevel, type Sort, type SortKey, sortRows, tableRows } from './rows.ts';
import './table.css';

interface Props {
  atlas: AtlasData;
  levels: Level[];
  selected: string | null;
  onSelect(code: string): void;
}

/**
 * The map's units as a table, in step with the map: sort by any column, filter by name (any
 * script) or code; choosing a row selects the unit on the map and in the URL, and a unit chosen
 * on the map is highlighted and scrolled to here.
 */
export function DataTable({ atlas, levels, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const lang = useMapLanguage();
  const fmt = useFormat();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'value', descending: true });
  const parent = parentLevel(levels, atlas.doc.level, atlas.doc.withinLevel);
  const all = useMemo(() => tableRows(atlas, lang, t, parent), [atlas, lang, t, parent]);
  const rows = useMemo(() => sortRows(filterRows(all, query), sort, fmt.locale), [all, query, sort, fmt.locale]);
  const body = useRef<HTMLTableSectionElement>(null);
  // The value column says what colours the map (a value, or categories); a map of flows alone has none.
  const fillType = atlas.painted.fillLayer === undefined ? undefined : atlas.doc.layers[atlas.painted.fillLayer]?.type;
  const hasValues = fillType !== undefined || atlas.doc.layers.some((l) => l.type === 'symbols');
  const columns: SortKey[] = hasValues ? ['name', 'code', 'parent', 'value'] : ['name', 'code', 'parent'];

  useEffect(() => {
    if (!selected) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-unit="${CSS.escape(selected)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const header = (key: SortKey) => {
    const label =
      key === 'parent'
        ? parent
          ? t(`common:levels.${parent.id}`, { defaultValue: parent.id })
          : t('atlas.table.parent')
        : key === 'value' && fillType === 'categories'
          ? t('atlas.table.category')
          : t(`atlas.table.${key}`);
    const current = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        className={key === 'value' && fillType !== 'categories' ? 'num' : undefined}
        aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        data-column={key}
      >
        <button
          type="button"
          title={t('atlas.table.sortBy', { column: label })}
          onClick={() => setSort({ key, descending: current ? !sort.descending : key === 'value' })}
        >
          {label}
          <span className="sort-mark" aria-hidden="true">
            {current ? (sort.descending ? '▼' : '▲') : ''}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="atlas-table card" aria-label={t('atlas.table.title')}>
      <header className="atlas-table-head">
        <h2 className="atlas-table-title">{t('atlas.table.title')}</h2>
        <label className="atlas-table-filter">
          <span className="visually-hidden">{t('atlas.table.filter')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('atlas.table.filterPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            dir="auto"
          />
        </label>
        <span className="muted" data-rows={rows.length}>
          {t('atlas.table.rows', { shown: fmt.number(rows.length), total: fmt.number(all.length) })}
        </span>
      </header>
      <div className="atlas-table-scroll">
        <table className="table">
          <thead>
            <tr>{columns.map(header)}</tr>
          </thead>
          <tbody ref={body}>
            {rows.map((r) => (
              <tr
                key={r.code}
                data-unit={r.code}
                aria-selected={r.code === selected}
                tabIndex={0}
                onClick={() => onSelect(r.code)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  onSelect(r.code);
                }}
              >
                <td className="cell-name">
                  <span className="unit-name">{r.name}</span>
                  {r.other && (
                    <bdi className="other-name" dir="auto">
                      {r.other}
                    </bdi>
                  )}
                </td>
                <td>
                  <code dir="ltr">{r.code}</code>
                </td>
                <td>{r.parent}</td>
                {hasValues && (
                  <td className={`cell-value${fillType === 'categories' ? '' : ' num'}`} data-value={r.value ?? ''}>
                    <Swatch color={r.fill} {...(r.stripes ? { stripes: r.stripes } : {})} />
                    {r.text === null ? <span className="muted">{t('atlas.tooltip.noData')}</span> : <bdi>{r.text}</bdi>}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty">{t('atlas.table.noRows')}</p>}
      </div>
    </section>
  );
}

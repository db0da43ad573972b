import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Territory } from '../../app/levels.ts';
import { Empty, ErrorNote, Loading } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { UnitRow } from './UnitRow.tsx';

const LIMIT = 50;

/** Units whose name (Latin, Arabic or Tifinagh script) contains the text, or whose code starts with it. */
export function SearchResults({
  country,
  query,
  territory,
  selected,
}: {
  country: string;
  query: string;
  territory: Territory;
  selected: string | null;
}) {
  const { t } = useTranslation();
  const res = useResource(
    (s) => api.units(country, { search: query, indicators: ['population'], limit: LIMIT }, s),
    [country, query],
  );
  const data = res.data;
  return (
    <div className="search-results" aria-busy={res.loading} aria-live="polite">
      {res.error && <ErrorNote error={res.error} onRetry={res.reload} />}
      {!data && !res.error && <Loading />}
      {data && (
        <p className="muted search-count">
          {data.total > data.units.length
            ? t('territory.resultsFirst', { count: data.total, shown: data.units.length })
            : t('territory.results', { count: data.total })}
        </p>
      )}
      {data?.total === 0 && <Empty>{t('territory.noResults', { query })}</Empty>}
      <ul className="unit-list">
        {data?.units.map((u) => (
          <UnitRow key={u.id} country={country} unit={u} territory={territory} selected={u.code === selected} showLevel />
        ))}
      </ul>
    </div>
  );
}

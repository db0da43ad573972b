import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { IndicatorInfo, UnitDetail } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import { Card, Empty } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';

/**
 * Every indicator of the unit by year, one row per indicator and one column per year, with the
 * change between the first and the last known values (census 2014 → 2024).
 */
export function SeriesCard({ country, unit }: { country: string; unit: UnitDetail }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const indicators = useResource((s) => api.indicators(country, s), [country]);
  const label = (id: string) => {
    const info = indicators.data?.find((i) => i.id === id);
    return info ? (info.labels[i18n.language as keyof IndicatorInfo['labels']] ?? info.labels.fr) : id;
  };
  const ids = Object.keys(unit.series);
  const years = [...new Set(ids.flatMap((id) => unit.series[id]?.map((v) => v.year) ?? []))].sort((a, b) => a - b);

  return (
    <Card title={t('inspector.series')} className="card-wide">
      {ids.length === 0 ? (
        <Empty>{t('inspector.noSeries')}</Empty>
      ) : (
        <div className="table-scroll">
          <table className="table series-table">
            <thead>
              <tr>
                <th scope="col">{t('inspector.indicator')}</th>
                {years.map((y) => (
                  <th key={y} scope="col" className="num">
                    {y}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('inspector.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => {
                const byYear = new Map((unit.series[id] ?? []).map((v) => [v.year, v]));
                const known = (unit.series[id] ?? []).filter((v) => v.value !== null);
                const first = known[0];
                const last = known.at(-1);
                const change = first && last && first !== last && first.value ? (last.value as number) / first.value - 1 : null;
                return (
                  <tr key={id} data-indicator={id}>
                    <th scope="row">{label(id)}</th>
                    {years.map((y) => {
                      const v = byYear.get(y);
                      return (
                        <td key={y} className="num" data-year={y} title={v ? sourceTitle(v) : undefined}>
                          {v ? fmt.number(v.value) : ''}
                          {v?.note && <sup title={v.note}>*</sup>}
                        </td>
                      );
                    })}
                    <td className="num muted">{fmt.change(change)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

/** Where a value came from, shown on hover: the note, then file and row, then who imported it. */
function sourceTitle(v: { note: string | null; source: { file: string | null; row: number | null; author: string } }): string {
  const where = [v.source.file, v.source.row !== null ? `#${v.source.row}` : null].filter(Boolean).join(' ');
  return [v.note, where, v.source.author].filter(Boolean).join(' · ');
}

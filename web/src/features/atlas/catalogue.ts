import { useMemo } from 'react';
import type { DatasetNames, IndicatorLabels } from '../../../../src/report/map/titles.ts';
import { api } from '../../api/client.ts';
import { type FlowDataset, mapsApi } from '../../api/maps.ts';
import type { IndicatorInfo } from '../../api/types.ts';
import { useResource } from '../../app/useResource.ts';

/** What a territory offers to map: its indicators (labels, units, years, sources) and flow datasets. */
export interface Catalogue {
  indicators: IndicatorInfo[];
  flowDatasets: FlowDataset[];
  /** The same, as the title functions of the map renderer take them. */
  indicatorLabels: IndicatorLabels;
  datasetNames: DatasetNames;
}

export function useCatalogue(country: string): Catalogue {
  const indicators = useResource((s) => api.indicators(country, s), [country]);
  const datasets = useResource((s) => mapsApi.flowDatasets(country, s), [country]);
  return useMemo(() => {
    const list = indicators.data ?? [];
    const flows = datasets.data ?? [];
    return {
      indicators: list,
      flowDatasets: flows,
      indicatorLabels: Object.fromEntries(list.map((i) => [i.id, { labels: i.labels, unit: i.unit }])),
      datasetNames: Object.fromEntries(flows.map((d) => [d.key, `${d.name} ${d.year}`])),
    };
  }, [indicators.data, datasets.data]);
}

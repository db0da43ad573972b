import type { Topology } from 'topojson-specification';
import type { MapData, MapFlow } from '../../../src/core/map/data.ts';
import type { MapDocument, ValidationResult } from '../../../src/core/map/document.ts';
import type { SavedMap } from '../../../src/store/repositories/map-documents.ts';
import { query, request } from './client.ts';

export type { SavedMap };

/** Where a map's units are: a level, inside a unit (a region) or the whole country. */
export interface MapScope {
  country: string;
  level: string;
  within?: string | undefined;
  withinLevel?: string | undefined;
}

export interface FlowDataset {
  key: string;
  name: string;
  kind: string;
  year: number;
  value_unit: string | null;
  flows: number;
}

const enc = encodeURIComponent;
const scopeQuery = (s: MapScope) => ({ level: s.level, within: s.within, withinLevel: s.withinLevel });

/** The endpoints of the atlas: geometry, the data to map, flows and saved map documents. */
export const mapsApi = {
  /** TopoJSON of the units, simplified for display at `zoom`. */
  boundaries: (s: MapScope, zoom: number, signal?: AbortSignal) =>
    request<Topology>(`/api/countries/${enc(s.country)}/boundaries${query({ ...scopeQuery(s), zoom })}`, { signal }),
  mapData: (s: MapScope, indicators: string[], signal?: AbortSignal) =>
    request<MapData>(
      `/api/countries/${enc(s.country)}/map-data${query({ ...scopeQuery(s), indicators: indicators.join(',') })}`,
      { signal },
    ),
  flowDatasets: (country: string, signal?: AbortSignal) =>
    request<{ datasets: FlowDataset[] }>(`/api/countries/${enc(country)}/flows`, { signal }).then((r) => r.datasets),
  flows: (s: MapScope, dataset: string, min: number, signal?: AbortSignal) =>
    request<{ name: string; kind: string; year: number; flows: MapFlow[] }>(
      `/api/countries/${enc(s.country)}/flows/${enc(dataset)}${query({ min, within: s.within, withinLevel: s.withinLevel })}`,
      { signal },
    ),
  list: (country: string, signal?: AbortSignal) =>
    request<{ maps: SavedMap[] }>(`/api/maps${query({ country })}`, { signal }).then((r) => r.maps),
  get: (id: number, signal?: AbortSignal) => request<SavedMap>(`/api/maps/${id}`, { signal }),
  create: (name: string, document: MapDocument) =>
    request<SavedMap>('/api/maps', { method: 'POST', ...json({ name, document }) }),
  update: (id: number, name: string, document: MapDocument) =>
    request<SavedMap>(`/api/maps/${id}`, { method: 'PUT', ...json({ name, document }) }),
  remove: (id: number) => fetch(`/api/maps/${id}`, { method: 'DELETE' }),
  validate: (document: unknown) => request<ValidationResult>('/api/maps/validate', { method: 'POST', ...json(document) }),
};

function json(body: unknown): RequestInit {
  return { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}

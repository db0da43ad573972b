import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapData, MapMembership, MapUnit } from '../../src/core/map/data.ts';
import type { MapDocument } from '../../src/core/map/document.ts';
import { soussMassaCommunes } from '../core/map/souss-massa.ts';
import { dataPath } from '../helpers/data.ts';

/**
 * Souss-Massa as the API would send it, built from the shared files: MapData from the HCP
 * attributes and the ECI list, geometry from the OSM TopoJSON (whose nine-digit codes are mapped
 * to the dotted codes the API uses).
 */
export function soussMassa(): { data: MapData; topology: Topology; geometry: GeoJSON.FeatureCollection } {
  const rows = soussMassaCommunes();
  const byDigits = new Map(rows.map((r) => [r.code_digits, r.code]));
  const csv = (file: string) => parse(readFileSync(dataPath('morocco', file)), { columns: true }) as Record<string, string>[];
  const ancestorNames: MapData['ancestorNames'] = {};
  for (const r of [...csv('attributes/regions.csv'), ...csv('attributes/provinces.csv')]) {
    ancestorNames[r.code as string] = { fr: r.name_fr ?? null, ar: r.name_ar ?? null, en: null };
  }
  const units: MapUnit[] = rows.map((r) => ({
    code: r.code,
    names: { fr: r.name_fr, ar: r.name_ar, zgh: null, en: null },
    kind: r.type || null,
    areaKm2: r.area_km2 ? Number(r.area_km2) : null,
    ancestors: { region: r.region_code, province: r.province_code, ...(r.cercle_code ? { cercle: r.cercle_code } : {}) },
    values: {
      population: { 2024: num(r.population_2024), 2014: num(r.population_2014) },
      households: { 2024: num(r.households_2024) },
    },
  }));
  const memberships: MapMembership[] = csv('cooperation/eci_souss_massa.csv')
    .filter((m) => byDigits.has(m.member_code_digits as string))
    .map((m) => ({
      unit: byDigits.get(m.member_code_digits as string) as string,
      body: m.body_id as string,
      name: m.body_name as string,
      type: m.body_type as string,
    }));
  const topology = JSON.parse(readFileSync(dataPath('morocco/geometry/09.topojson'), 'utf8')) as Topology;
  const communes = topology.objects.communes as GeometryCollection<{ code: string; name: string }>;
  for (const g of communes.geometries) {
    const p = g.properties as { code: string } | undefined;
    if (p) p.code = byDigits.get(p.code) ?? p.code;
  }
  const geometry = feature(topology, communes) as GeoJSON.FeatureCollection;
  return { data: { country: 'MA', level: 'commune', units, memberships, ancestorNames }, topology, geometry };
}

function num(s: string | undefined): number | null {
  return s === undefined || s === '' ? null : Number(s);
}

/** The map the issue asks for: population density 2024, Jenks in 5 classes, provinces drawn over. */
export function densityDocument(over: Partial<MapDocument> = {}): MapDocument {
  return {
    version: 1,
    title: '',
    country: 'MA',
    level: 'commune',
    within: '09',
    withinLevel: 'region',
    layers: [
      {
        type: 'choropleth',
        variable: { indicator: 'population', year: 2024, per: 'area' },
        classification: { method: 'jenks', classes: 5 },
        palette: { scheme: 'YlOrRd' },
      },
    ],
    labels: { show: false },
    overlays: ['province'],
    ...over,
  };
}

export const SOURCES = ['HCP, RGPH 2024', 'OpenStreetMap (ODbL)'];

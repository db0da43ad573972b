import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { MapData, MapUnit } from '../../src/core/map/data.ts';
import type { MapDocument } from '../../src/core/map/document.ts';
import { overlayBorders } from '../../src/core/map/overlays.ts';
import { translator } from '../../src/i18n/index.ts';
import type { MapSvgInput } from '../../src/report/map/svg.ts';

/**
 * Six square communes near Agadir in two provinces, one without data, with every element of a
 * page: a choropleth, proportional symbols, flows, labels, province borders. Small enough for a
 * snapshot a person can read.
 */
const CELL = 0.12;

export function syntheticInput(
  lang: 'fr' | 'ar' | 'en',
  o: { evilName?: string; title?: string; source?: string } = {},
): MapSvgInput {
  const codes = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
  const population = [120000, 45000, 8000, 3000, null, 900];
  const features: GeoJSON.Feature[] = codes.map((code, i) => {
    const x = -9.6 + (i % 3) * CELL;
    const y = 30.5 - Math.floor(i / 3) * CELL;
    return {
      type: 'Feature',
      properties: { code },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + CELL, y],
            [x + CELL, y + CELL],
            [x, y + CELL],
            [x, y],
          ],
        ],
      },
    };
  });
  const units: MapUnit[] = codes.map((code, i) => ({
    code,
    names: { fr: i === 0 && o.evilName ? o.evilName : `Commune ${i + 1}`, ar: `الجماعة ${i + 1}`, zgh: null, en: null },
    kind: i < 2 ? 'urban' : 'rural',
    areaKm2: 150,
    ancestors: { region: 'R', province: i % 3 < 2 ? 'P1' : 'P2' },
    values: { population: { 2024: population[i] ?? null } },
  }));
  const data: MapData = {
    country: 'MA',
    level: 'commune',
    units,
    memberships: [],
    ancestorNames: { R: { fr: 'Région test', ar: 'جهة تجريبية', en: null } },
  };
  const doc: MapDocument = {
    version: 1,
    title: o.title ?? '',
    country: 'MA',
    level: 'commune',
    within: 'R',
    layers: [
      {
        type: 'choropleth',
        variable: { indicator: 'population', year: 2024, per: 'area' },
        classification: { method: 'quantile', classes: 3 },
        palette: { scheme: 'Blues' },
      },
      { type: 'symbols', variable: { indicator: 'population', year: 2024 }, maxRadius: 18, color: '#7a0177' },
      { type: 'flows', dataset: 'commuting', minValue: 100, maxWidth: 8, color: '#2b8cbe' },
    ],
    labels: { show: true },
    overlays: ['province'],
    ...(o.source ? { source: o.source } : {}),
  };
  const geometry: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ units: geometry }) as unknown as Topology;
  return {
    doc,
    data,
    geometry,
    overlays: [overlayBorders(topo, 'units', data, 'province')],
    flows: [
      { origin: 'S2', destination: 'S1', value: 4000 },
      { origin: 'S1', destination: 'S2', value: 1500 },
      { origin: 'S4', destination: 'S1', value: 800 },
      { origin: 'S6', destination: 'S3', value: 50 },
    ],
    lang,
    t: translator(lang),
    width: 640,
    height: 420,
    date: '2025-11-22',
    sources: ['HCP, RGPH 2024'],
    datasets: { commuting: 'Navettes 2014' },
  };
}

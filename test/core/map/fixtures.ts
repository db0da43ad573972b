import type { MapData, MapUnit } from '../../../src/core/map/data.ts';
import type { MapDocument, MapLayer } from '../../../src/core/map/document.ts';

/** A small territory for known-answer tests: values chosen so every number can be checked by hand. */
export function unit(code: string, over: Partial<MapUnit> = {}): MapUnit {
  return {
    code,
    names: { fr: `Commune ${code}`, ar: `جماعة ${code}`, zgh: null, en: null },
    kind: 'rural',
    areaKm2: 10,
    ancestors: { region: 'R', province: code < 'C' ? 'P1' : 'P2' },
    values: {},
    ...over,
  };
}

export function smallData(): MapData {
  return {
    country: 'MA',
    level: 'commune',
    units: [
      unit('A', { kind: 'urban', values: { population: { 2014: 900, 2024: 1000 }, households: { 2024: 250 } } }),
      unit('B', { areaKm2: 20, values: { population: { 2014: 150, 2024: 200 }, households: { 2024: 0 } } }),
      unit('C', { values: { population: { 2014: 50, 2024: null } } }),
      unit('D', { areaKm2: null, values: { population: { 2024: 40 } } }),
      unit('E', { values: {} }),
    ],
    memberships: [
      { unit: 'A', body: 'b1', name: 'ECI Alpha', type: 'ECI' },
      { unit: 'A', body: 'b2', name: 'GCT Beta', type: 'GCT' },
      { unit: 'B', body: 'b1', name: 'ECI Alpha', type: 'ECI' },
    ],
    ancestorNames: {
      P1: { fr: 'Province Un', ar: 'الإقليم الأول', en: null },
      P2: { fr: 'Province Deux', ar: null, en: null },
      R: { fr: 'Région', ar: null, en: null },
    },
  };
}

export function docWith(...layers: MapLayer[]): MapDocument {
  return { version: 1, title: '', country: 'MA', level: 'commune', layers, labels: { show: false }, overlays: [] };
}

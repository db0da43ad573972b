import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { flowLines, type LonLat, unitCentroids } from '../../../src/core/map/flows.ts';
import { rewindForD3 } from '../../../src/core/map/winding.ts';

const layer = { type: 'flows' as const, dataset: 'd', minValue: 10, maxWidth: 12, color: '#000' };

describe('flowLines', () => {
  const centroids = new Map<string, LonLat>([
    ['A', [-9, 30]],
    ['B', [-8, 30]],
    ['C', [-8.5, 31]],
  ]);

  it('keeps flows at or above the minimum, width ∝ value, largest first', () => {
    const fc = flowLines(
      [
        { origin: 'A', destination: 'B', value: 60 },
        { origin: 'B', destination: 'A', value: 30 },
        { origin: 'A', destination: 'C', value: 5 },
        { origin: 'A', destination: 'A', value: 99 },
        { origin: 'A', destination: 'Z', value: 99 },
      ],
      centroids,
      layer,
    );
    expect(fc.features.map((f) => [f.properties.origin, f.properties.destination, f.properties.width])).toEqual([
      ['A', 'B', 12],
      ['B', 'A', 6],
    ]);
  });

  it('bends A→B and B→A to opposite sides, ends on the centroids', () => {
    const fc = flowLines(
      [
        { origin: 'A', destination: 'B', value: 20 },
        { origin: 'B', destination: 'A', value: 20 },
      ],
      centroids,
      layer,
    );
    const [ab, ba] = fc.features.map((f) => f.geometry.coordinates);
    expect(ab?.[0]).toEqual([-9, 30]);
    expect(ab?.at(-1)).toEqual([-8, 30]);
    const mid = (c: GeoJSON.Position[] = []) => (c[Math.floor(c.length / 2)] as number[])[1] as number;
    // Eastward A→B bends to its right (south), westward B→A to its right (north).
    expect(mid(ab)).toBeLessThan(30);
    expect(mid(ba)).toBeGreaterThan(30);
  });
});

describe('unitCentroids', () => {
  it('uses the centroid when it is inside, a point inside for a crescent, any ring orientation', () => {
    const square: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    // A "C" open to the east: its centroid falls in the empty middle.
    const crescent: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 0.5],
          [0.5, 0.5],
          [0.5, 2.5],
          [3, 2.5],
          [3, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const fc: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'S' }, geometry: square },
        { type: 'Feature', id: 'C', properties: {}, geometry: crescent },
      ],
    };
    const c = unitCentroids(fc);
    expect(c.get('S')?.[0]).toBeCloseTo(0.5, 3);
    expect(c.get('S')?.[1]).toBeCloseTo(0.5, 3);
    expect(geoContains(rewindForD3(crescent), c.get('C') as LonLat)).toBe(true);
  });
});

import { geoArea, geoContains } from 'd3-geo';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { overlayBorders } from '../../../src/core/map/overlays.ts';
import { rewindFeatures } from '../../../src/core/map/winding.ts';
import { soussMassa } from '../../report/souss-massa-fixture.ts';
import { describeWithData } from '../../helpers/data.ts';
import { smallData } from './fixtures.ts';

const square = (code: string, x: number, y: number): GeoJSON.Feature => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});

describe('overlayBorders', () => {
  it('keeps the borders between provinces and the outer border, not those inside a province', () => {
    // A B on top of C D; A and B in P1, C and D in P2 (see fixtures).
    const fc: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [square('A', 0, 1), square('B', 1, 1), square('C', 0, 0), square('D', 1, 0)],
    };
    const topo = topology({ units: fc }) as unknown as Topology;
    const lines = overlayBorders(topo, 'units', smallData(), 'province');
    const length = lines.coordinates.reduce(
      (s, l) => s + l.slice(1).reduce((t, p, i) => t + Math.hypot(p[0]! - l[i]![0]!, p[1]! - l[i]![1]!), 0),
      0,
    );
    // Outer border 8 + the middle horizontal line 2; the vertical A|B and C|D borders are left out.
    expect(length).toBeCloseTo(10, 9);
    expect(lines.coordinates.flat().some(([x, y]) => x === 1 && y === 0.5)).toBe(false);
    expect(overlayBorders(topo, 'nothing', smallData(), 'province').coordinates).toEqual([]);
  });
});

describeWithData('overlayBorders on the Souss-Massa communes', () => {
  it('draws fewer lines for provinces than for communes, and fewer for the region than for provinces', () => {
    const { topology: topo, data } = soussMassa();
    const count = (m: GeoJSON.MultiLineString) => m.coordinates.reduce((s, l) => s + l.length, 0);
    const communes = count(mesh(topo, topo.objects.communes as never));
    const provinces = count(overlayBorders(topo, 'communes', data, 'province'));
    const region = count(overlayBorders(topo, 'communes', data, 'region'));
    expect(provinces).toBeLessThan(communes);
    expect(region).toBeLessThan(provinces);
    expect(region).toBeGreaterThan(0);
  });

  it('rewinds the OSM rings (half of them anticlockwise) so d3 sees communes, not the rest of the world', () => {
    const { geometry } = soussMassa();
    const inverted = geometry.features.filter((f) => geoArea(f) > 2 * Math.PI).length;
    expect(inverted).toBeGreaterThan(0);
    const fixed = rewindFeatures(geometry);
    expect(fixed.features.filter((f) => geoArea(f as GeoJSON.Feature) > 2 * Math.PI)).toHaveLength(0);
    const agadir = fixed.features.find((f) => f.properties?.code === '09.001.01.01') as GeoJSON.Feature;
    expect(geoContains(agadir, [-9.58, 30.42])).toBe(true);
  });
});

import type { PolygonalGeometry } from '../territory/types.ts';
import { dissolveCells, type VertexPolygon } from './dissolve.ts';
import type { Layout } from './layout.ts';

/** Kilometres per degree of latitude, and of longitude at the equator (WGS 84, close enough). */
const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON = 111.32;

/** Polygons of every level, one entry per unit, in lon/lat around the given origin. */
export interface DemoGeometries {
  communes: PolygonalGeometry[];
  cercles: PolygonalGeometry[];
  provinces: PolygonalGeometry[];
  region: PolygonalGeometry;
}

/**
 * Dissolves the mesh into each level's units and places them on the globe. The plane is mapped
 * with a local equirectangular projection: at this size (≈ 250 km) the distortion is a few per
 * cent, and — what matters — a vertex always maps to the very same coordinates, so borders
 * shared in the plane stay shared on the globe.
 */
export function buildGeometries(layout: Layout, origin: { lon: number; lat: number }): DemoGeometries {
  const { mesh, communeOf, communes } = layout;
  const kmPerLon = KM_PER_DEG_LON * Math.cos((origin.lat * Math.PI) / 180);
  const project = (v: number): [number, number] => [
    origin.lon + (mesh.vx[v] as number) / kmPerLon,
    origin.lat + (mesh.vy[v] as number) / KM_PER_DEG_LAT,
  ];
  const toGeometry = (polygons: VertexPolygon[]): PolygonalGeometry => {
    const coordinates = polygons.map((rings) =>
      rings.map((ring) => {
        const positions = ring.map(project);
        positions.push(positions[0] as [number, number]);
        return positions;
      }),
    );
    if (coordinates.length === 0) throw new Error('a demo unit came out without any cell');
    return coordinates.length === 1
      ? { type: 'Polygon', coordinates: coordinates[0] as GeoJSON.Position[][] }
      : { type: 'MultiPolygon', coordinates };
  };
  const level = (groups: number, groupOf: (cell: number) => number) => dissolveCells(mesh, groups, groupOf).map(toGeometry);
  const cercles = Math.max(...communes.map((c) => c.cercle)) + 1;
  return {
    communes: level(communes.length, (c) => communeOf[c] as number),
    cercles: level(cercles, (c) => communes[communeOf[c] as number]?.cercle ?? -1),
    provinces: level(2, (c) => communes[communeOf[c] as number]?.province ?? -1),
    region: level(1, () => 0)[0] as PolygonalGeometry,
  };
}

import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { MapData } from '../../../src/core/map/data.ts';
import { type LonLat, unitCentroids } from '../../../src/core/map/flows.ts';

/**
 * From the API's TopoJSON and map data to what the style draws: one feature per unit with its
 * names and the codes of the units above it as properties (`a_province`…), one point inside each
 * unit for labels and symbols. Properties that are null are left out, so `has` and `coalesce`
 * in the style see them as absent.
 */
export interface MapGeometry {
  topology: Topology;
  object: string;
  units: GeoJSON.FeatureCollection;
  points: GeoJSON.FeatureCollection<GeoJSON.Point>;
  /** The point inside each unit (labels, symbols, ends of flows). */
  centroids: Map<string, LonLat>;
  /** Bounding box of each unit: [west, south, east, north]. */
  bboxes: Map<string, Bbox>;
}

export type Bbox = [number, number, number, number];

export function mapGeometry(topology: Topology, object: string, data: MapData): MapGeometry {
  const obj = topology.objects[object] as GeometryCollection | undefined;
  const fc = obj ? (feature(topology, obj) as GeoJSON.FeatureCollection) : { type: 'FeatureCollection' as const, features: [] };
  const byCode = new Map(data.units.map((u) => [u.code, u]));
  const prio = priorities(data);
  const units: GeoJSON.Feature[] = [];
  const bboxes = new Map<string, Bbox>();
  for (const f of fc.features) {
    const code = String(f.properties?.code ?? f.id);
    const u = byCode.get(code);
    const props: Record<string, string | number> = { code };
    for (const [lang, name] of Object.entries(u?.names ?? {})) if (name) props[`name_${lang}`] = name;
    if (!u)
      for (const l of ['fr', 'ar', 'zgh', 'en']) if (f.properties?.[`name_${l}`]) props[`name_${l}`] = f.properties[`name_${l}`];
    for (const [level, a] of Object.entries(u?.ancestors ?? {})) props[`a_${level}`] = a;
    props.prio = prio.get(code) ?? 1e6;
    units.push({ type: 'Feature', id: code, properties: props, geometry: f.geometry });
    if (f.geometry) bboxes.set(code, bboxOf(f.geometry));
  }
  const unitsFc: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: units };
  const centroids = unitCentroids(unitsFc);
  const points: GeoJSON.Feature<GeoJSON.Point>[] = units.flatMap((f) => {
    const c = centroids.get(String(f.properties?.code));
    return c ? [{ type: 'Feature', properties: f.properties, geometry: { type: 'Point', coordinates: c } }] : [];
  });
  return { topology, object, units: unitsFc, points: { type: 'FeatureCollection', features: points }, centroids, bboxes };
}

/** Label order: the most populous unit first (rank 0), then by area; units with neither last. */
function priorities(data: MapData): Map<string, number> {
  const size = (u: MapData['units'][number]) => {
    const pop = u.values.population;
    const latest = pop
      ? Object.entries(pop)
          .filter(([, v]) => v !== null)
          .sort(([a], [b]) => Number(b) - Number(a))[0]
      : undefined;
    return latest ? (latest[1] as number) : (u.areaKm2 ?? 0) / 1e6;
  };
  const ranked = [...data.units].sort((a, b) => size(b) - size(a));
  return new Map(ranked.map((u, i) => [u.code, i]));
}

/**
 * The outline of a selection: one unit, or a coarser unit (a province) drawn around its units,
 * with the shared arcs of the topology, so it sits exactly on the borders.
 */
export function selectionOutline(g: MapGeometry, data: MapData, code: string, level: string): GeoJSON.MultiLineString | null {
  const obj = g.topology.objects[g.object] as GeometryObject | undefined;
  if (!obj) return null;
  const above = new Map(data.units.map((u) => [u.code, level === data.level ? u.code : u.ancestors[level]]));
  const inside = (o: GeometryObject) => above.get(String((o.properties as { code?: string } | undefined)?.code ?? o.id)) === code;
  if (!data.units.some((u) => above.get(u.code) === code)) return null;
  return mesh(g.topology, obj, (a, b) => (a === b ? inside(a) : inside(a) !== inside(b))) as GeoJSON.MultiLineString;
}

/** Bounds of a unit, or of all the mapped units inside a coarser one. */
export function boundsOf(g: MapGeometry, data: MapData, code: string | null, level: string | null): Bbox | null {
  const codes =
    code && level
      ? data.units.filter((u) => (level === data.level ? u.code === code : u.ancestors[level] === code)).map((u) => u.code)
      : [...g.bboxes.keys()];
  return union(codes.map((c) => g.bboxes.get(c)).filter((b): b is Bbox => !!b));
}

function union(boxes: Bbox[]): Bbox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

function bboxOf(g: GeoJSON.Geometry): Bbox {
  const b: Bbox = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else for (const d of c as unknown[]) visit(d);
  };
  if ('coordinates' in g) visit(g.coordinates);
  return b;
}

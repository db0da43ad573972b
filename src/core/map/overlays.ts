import { mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { MapData } from './data.ts';

/**
 * Boundaries of a coarser level (province, region) drawn over a map of communes, taken from the
 * communes' own topology rather than from a second file: an arc is kept when the communes on its
 * two sides lie in different units of that level, or when it has one side only (the outer border).
 * The lines are then exactly the commune borders — no offset between two generalisations of the
 * same border — and nothing more is downloaded. A commune missing from `data` counts as its own
 * unit, so its border is drawn rather than silently merged into a neighbour.
 */
export function overlayBorders(topology: Topology, object: string, data: MapData, level: string): GeoJSON.MultiLineString {
  const above = new Map(data.units.map((u) => [u.code, data.level === level ? u.code : u.ancestors[level]]));
  const obj = topology.objects[object];
  if (!obj) return { type: 'MultiLineString', coordinates: [] };
  type Geometry = NonNullable<Parameters<typeof mesh>[1]>;
  const key = (g: Geometry) => {
    const code = String((g.properties as { code?: string } | undefined)?.code ?? g.id ?? '');
    return above.get(code) ?? `self:${code}`;
  };
  return mesh(topology, obj as Geometry, (a, b) => a === b || key(a) !== key(b));
}

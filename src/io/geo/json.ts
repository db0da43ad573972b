import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';
import { decodeText } from '../encoding/decode.ts';
import { readSource } from '../source.ts';
import type { FeatureSet, ReadFeature } from './features.ts';

/** Parses JSON text, pointing at the line and column of a syntax error. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = Number(/position (\d+)/.exec(msg)?.[1]);
    let row: number | undefined;
    let column: number | null = null;
    if (Number.isFinite(pos)) {
      const before = text.slice(0, pos);
      row = before.split('\n').length;
      column = pos - before.lastIndexOf('\n');
    } else if (/Unexpected end/.test(msg)) {
      row = text.split('\n').length;
    }
    throw new TaawunError(issue('json_invalid', { file, row, params: { reason: msg, column } }));
  }
}

/** GeoJSON (FeatureCollection, Feature or bare geometry) or TopoJSON, told apart by content. */
export async function readJsonGeometries(
  path: string,
  opts: { object?: string | null; displayName?: string; maxBytes?: number } = {},
): Promise<FeatureSet> {
  const src = await readSource(path, { displayName: opts.displayName, maxBytes: opts.maxBytes });
  const decoded = decodeText(src.bytes, src.name);
  const doc = parseJson(decoded.text, src.name) as { type?: string };
  const features =
    doc?.type === 'Topology' ? topologyFeatures(doc as Topology, src.name, opts.object) : geojsonFeatures(doc, src.name);
  return { file: src.name, features, summary: { ...src.summary, encoding: decoded.encoding }, issues: decoded.issues };
}

export function geojsonFeatures(doc: unknown, file: string): ReadFeature[] {
  const d = doc as { type?: string; features?: unknown[]; geometry?: unknown; properties?: unknown };
  if (d?.type === 'FeatureCollection' && Array.isArray(d.features)) {
    return d.features.map((f, i) => toRead(f, i + 1));
  }
  if (d?.type === 'Feature') return [toRead(d, 1)];
  if (typeof d?.type === 'string' && 'coordinates' in (d as object)) {
    return [{ row: 1, properties: {}, geometry: d as GeoJSON.Geometry }];
  }
  throw new TaawunError(
    issue('format_unknown', { file, params: { expected: 'GeoJSON FeatureCollection or TopoJSON Topology' } }),
  );
}

function toRead(f: unknown, row: number): ReadFeature {
  const x = f as { properties?: Record<string, unknown> | null; geometry?: GeoJSON.Geometry | null; id?: unknown };
  const properties = { ...(x?.properties ?? {}) };
  if (x?.id !== undefined && properties.id === undefined) properties.id = x.id;
  return { row, properties, geometry: x?.geometry ?? null };
}

export function topologyFeatures(topo: Topology, file: string, object?: string | null): ReadFeature[] {
  const names = Object.keys(topo.objects ?? {});
  const name = object ?? (names.length === 1 ? names[0] : undefined);
  const obj = name ? topo.objects[name] : undefined;
  if (!name || !obj) {
    throw new TaawunError(
      issue('topojson_object_missing', { file, params: { object: object ?? '', available: names.join(', ') } }),
    );
  }
  let fc: GeoJSON.FeatureCollection | GeoJSON.Feature;
  try {
    fc = feature(topo, obj) as GeoJSON.FeatureCollection | GeoJSON.Feature;
  } catch (e) {
    throw new TaawunError(issue('json_invalid', { file, params: { reason: `TopoJSON: ${(e as Error).message}`, column: null } }));
  }
  return fc.type === 'FeatureCollection' ? fc.features.map((f, i) => toRead(f, i + 1)) : [toRead(fc, 1)];
}

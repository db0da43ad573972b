import wkx from 'wkx';

/**
 * Decodes a GeoPackage geometry blob (GeoPackage 1.x, clause 2.1.3): the magic "GP", a version
 * byte, a flags byte, the srs_id, an optional envelope, then standard WKB. The flags say how long
 * the envelope is and in which byte order the header is written; the WKB carries its own.
 * Returns null for the empty geometry; throws an Error with a readable reason otherwise.
 */
export function decodeGpkgGeometry(blob: Uint8Array): GeoJSON.Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('geometry blob without the GeoPackage header');
  const flags = blob[3] as number;
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0b111];
  if (envelope === undefined) throw new Error(`invalid envelope indicator ${(flags >> 1) & 0b111}`);
  if (flags & 0b1_0000) return null; // the empty-geometry flag
  const wkb = Buffer.from(blob.buffer, blob.byteOffset + 8 + envelope, blob.byteLength - 8 - envelope);
  const geojson = wkx.Geometry.parse(wkb).toGeoJSON() as GeoJSON.Geometry;
  return isEmpty(geojson) ? null : geojson;
}

/** Envelope sizes by indicator: none, xy, xyz, xym, xyzm (doubles, min and max of each). */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64] as const;

function isEmpty(g: GeoJSON.Geometry): boolean {
  if (g.type === 'GeometryCollection') return g.geometries.length === 0;
  const c = g.coordinates as unknown[];
  // wkx renders an empty point as NaN coordinates, an empty polygon as no rings.
  return c.length === 0 || (g.type === 'Point' && c.some((v) => Number.isNaN(v)));
}

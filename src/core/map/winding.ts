/**
 * d3-geo works on the sphere, where a ring's orientation says which side is inside: it wants
 * exterior rings clockwise and holes anticlockwise (the opposite of RFC 7946). Boundaries from
 * OpenStreetMap come either way — about half the Souss-Massa communes are anticlockwise — and d3
 * reads those as "the whole Earth minus the commune": centroids at the antipode, a fitted
 * projection the size of the planet, a fill over everything. So every geometry given to d3 goes
 * through here first. Orientation is decided on the plane (lon/lat), which is right for any
 * polygon smaller than a hemisphere.
 */
type Ring = GeoJSON.Position[];

export function rewindForD3<G extends GeoJSON.Geometry | null>(g: G): G {
  if (!g) return g;
  if (g.type === 'Polygon') return { ...g, coordinates: rewindPolygon(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(rewindPolygon) };
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map((x) => rewindForD3(x)) };
  return g;
}

export function rewindFeatures<P>(
  fc: GeoJSON.FeatureCollection<GeoJSON.Geometry | null, P>,
): GeoJSON.FeatureCollection<GeoJSON.Geometry | null, P> {
  return { ...fc, features: fc.features.map((f) => ({ ...f, geometry: rewindForD3(f.geometry) })) };
}

function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((r, i) => {
    const clockwise = signedArea(r) < 0;
    // Exterior (i = 0) clockwise, holes anticlockwise.
    return clockwise === (i === 0) ? r : [...r].reverse();
  });
}

/** Shoelace area with x = lon, y = lat: positive when anticlockwise. */
export function signedArea(ring: readonly GeoJSON.Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as GeoJSON.Position;
    const b = ring[i] as GeoJSON.Position;
    s += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return s / 2;
}

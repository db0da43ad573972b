/**
 * The one function of shpjs we use: geometries of a .shp file, in record order, null for null
 * shapes. Without a projection argument the coordinates come back as stored; we reproject them
 * ourselves so that an unknown projection is an error rather than a silent guess.
 */
declare module 'shpjs' {
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string | false): (GeoJSON.Geometry | null)[];
}

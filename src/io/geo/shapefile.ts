import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseShp } from 'shpjs';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';
import type { FileSummary } from '../../core/validation/report.ts';
import { maxImportBytes, readSource } from '../source.ts';
import { cpgEncoding, readDbf } from './dbf.ts';
import type { FeatureSet } from './features.ts';
import type { GeometryFormat, GeometryReadOptions } from './features.ts';
import { assumeLonLat, checkTransform, geometryBounds, lonLatTransform, toLonLatGeometry } from './projection.ts';
import { extensionOf, extractZip, listZip, stemOf, type ZipEntry } from './zip.ts';

/**
 * Shapefiles, as planners send them: zipped (the only way one travels as a single upload), or as
 * a .shp next to its .dbf on disk (the CLI). The .shx index is not needed — records are read in
 * order — so an archive that lost it is still read; the .dbf is required, since the unit codes
 * live there.
 */
export const shapefileFormat: GeometryFormat = {
  name: 'shapefile',
  extensions: ['.zip', '.shp'],
  sniff: (head) => isZip(head) || isShp(head),
  read: readShapefile,
};

/** The files of one shapefile, as bytes. */
interface ShapefileParts {
  shp: Uint8Array;
  dbf: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

export async function readShapefile(file: string, opts: GeometryReadOptions = {}): Promise<FeatureSet> {
  const max = opts.maxBytes ?? maxImportBytes();
  const src = await readSource(file, { maxBytes: max, displayName: opts.displayName });
  const parts = isZip(src.bytes)
    ? fromZip(src.bytes, src.name, opts.layer, max)
    : await besideShp(file, src.bytes, src.name, max - src.bytes.length);
  return featuresOf(parts, src.name, src.summary, opts.encoding);
}

function fromZip(bytes: Uint8Array, name: string, layer: string | null | undefined, max: number): ShapefileParts {
  const entries = listZip(bytes, name);
  const shps = entries.filter((e) => extensionOf(e.name) === '.shp');
  if (shps.length === 0) {
    const listed =
      entries
        .slice(0, 20)
        .map((e) => e.name)
        .join(', ') + (entries.length > 20 ? ', …' : '');
    throw new TaawunError(issue('zip_not_shapefile', { file: name, params: { entries: listed || '∅' } }));
  }
  const shp = pickLayer(shps, name, layer);
  const stem = stemOf(shp.name).toLowerCase();
  const sibling = (ext: string) => entries.find((e) => stemOf(e.name).toLowerCase() === stem && extensionOf(e.name) === ext);
  const dbf = sibling('.dbf');
  if (!dbf) throw new TaawunError(issue('shapefile_incomplete', { file: name, params: { missing: `${stemOf(shp.name)}.dbf` } }));
  const wanted = [shp, dbf, sibling('.prj'), sibling('.cpg')].filter((e): e is ZipEntry => e !== undefined);
  const files = extractZip(bytes, name, wanted, max);
  const get = (e: ZipEntry | undefined) => (e ? files.get(e.name) : undefined);
  return { shp: get(shp) as Uint8Array, dbf: get(dbf) as Uint8Array, prj: get(sibling('.prj')), cpg: get(sibling('.cpg')) };
}

/** The layer asked for (by its name, with or without folder and extension), or the only one. */
function pickLayer(shps: ZipEntry[], file: string, layer: string | null | undefined): ZipEntry {
  const names = shps.map((e) => stemOf(e.name));
  if (!layer) {
    if (shps.length === 1) return shps[0] as ZipEntry;
    throw new TaawunError(issue('layer_missing', { file, params: { layer: '', available: names.join(', ') } }));
  }
  const want = stemOf(layer).toLowerCase();
  const found = shps.find((e) => {
    const stem = stemOf(e.name).toLowerCase();
    return stem === want || stem.slice(stem.lastIndexOf('/') + 1) === want;
  });
  if (!found) throw new TaawunError(issue('layer_missing', { file, params: { layer, available: names.join(', ') } }));
  return found;
}

/** A .shp on disk: its .dbf, .prj and .cpg are the files beside it with the same name. */
async function besideShp(file: string, shp: Uint8Array, name: string, budget: number): Promise<ShapefileParts> {
  const dir = path.dirname(file);
  const stem = stemOf(path.basename(file)).toLowerCase();
  let listing: string[] = [];
  try {
    listing = readdirSync(dir);
  } catch {
    // an unreadable folder is reported below as the missing .dbf
  }
  let left = budget;
  const read = async (ext: string) => {
    const found = listing.find((f) => stemOf(f).toLowerCase() === stem && extensionOf(f) === ext);
    if (!found) return undefined;
    const part = await readSource(path.join(dir, found), { maxBytes: Math.max(left, 1) });
    left -= part.bytes.length;
    return new Uint8Array(part.bytes.buffer, part.bytes.byteOffset, part.bytes.byteLength);
  };
  const dbf = await read('.dbf');
  if (!dbf) throw new TaawunError(issue('shapefile_incomplete', { file: name, params: { missing: `${stemOf(name)}.dbf` } }));
  return { shp, dbf, prj: await read('.prj'), cpg: await read('.cpg') };
}

function featuresOf(parts: ShapefileParts, name: string, summary: FileSummary, encoding: string | null | undefined): FeatureSet {
  const table = readDbf(parts.dbf, name, encoding || (parts.cpg ? cpgEncoding(parts.cpg) : null));
  const shapes = readShapes(parts.shp, name);
  if (shapes.length !== table.records.length) {
    throw new TaawunError(
      issue('file_unreadable', {
        file: name,
        params: { reason: `the .shp holds ${shapes.length} shapes but the .dbf ${table.records.length} records` },
      }),
    );
  }
  const bounds = geometryBounds(shapes);
  const prj = parts.prj ? Buffer.from(parts.prj).toString('utf8').trim() : '';
  const transform = prj ? lonLatTransform(prj, name) : assumeLonLat(bounds, name);
  checkTransform(transform, bounds, prj, name);
  return {
    file: name,
    features: shapes.map((g, i) => ({
      row: i + 1,
      properties: table.records[i] ?? {},
      geometry: toLonLatGeometry(g, transform),
    })),
    summary: { ...summary, encoding: table.encoding },
    issues: table.issues,
  };
}

/** Geometries of a .shp in record order, as stored (no reprojection yet). */
function readShapes(shp: Uint8Array, file: string): (GeoJSON.Geometry | null)[] {
  const bad = (reason: string) => new TaawunError(issue('file_unreadable', { file, params: { reason } }));
  if (!isShp(shp) || shp.length < 100) throw bad('the .shp file is not a shapefile');
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  // A file of null shapes only (type 0): shpjs refuses it, yet it is a valid, empty layer.
  if (view.getInt32(32, true) === 0) {
    const out: null[] = [];
    for (let at = 100; at + 8 <= shp.length; ) {
      const length = view.getInt32(at + 4) * 2; // in 16-bit words, big-endian
      if (length < 0) throw bad('the .shp file is damaged: negative record length');
      out.push(null);
      at += 8 + length;
    }
    return out;
  }
  try {
    return parseShp(shp);
  } catch (e) {
    throw bad(`the .shp file is damaged: ${(e as Error).message}`);
  }
}

function isZip(b: Uint8Array): boolean {
  // A local file header, or the end record of an empty archive.
  return b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));
}

function isShp(b: Uint8Array): boolean {
  // File code 9994, big-endian, as every .shp begins.
  return b[0] === 0x00 && b[1] === 0x00 && b[2] === 0x27 && b[3] === 0x0a;
}

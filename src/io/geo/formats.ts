import { openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';
import type { FeatureSet, GeometryFormat, GeometryReadOptions } from './features.ts';
import { geopackageFormat } from './geopackage.ts';
import { readJsonGeometries } from './json.ts';
import { shapefileFormat } from './shapefile.ts';

const json: GeometryFormat = {
  name: 'geojson',
  extensions: ['.geojson', '.json', '.topojson', '.geojson.gz', '.json.gz', '.topojson.gz'],
  sniff: (head) => /^\s*[{[]/.test(head.toString('utf8').replace(/^\ufeff/, '')) || (head[0] === 0x1f && head[1] === 0x8b),
  read: (file, opts) => readJsonGeometries(file, { object: opts.layer, displayName: opts.displayName, maxBytes: opts.maxBytes }),
};

/** The registry: add a format by adding an entry. */
export const GEOMETRY_FORMATS: GeometryFormat[] = [json, shapefileFormat, geopackageFormat];

export function registerGeometryFormat(f: GeometryFormat) {
  if (!GEOMETRY_FORMATS.some((x) => x.name === f.name)) GEOMETRY_FORMATS.push(f);
}

/** Reads any supported geometry file: by its ending, or by its first bytes when the name says nothing. */
export async function readGeometryFile(file: string, opts: GeometryReadOptions = {}): Promise<FeatureSet> {
  const name = (opts.displayName ?? file).toLowerCase();
  const byExt = GEOMETRY_FORMATS.find((f) => f.extensions.some((e) => name.endsWith(e)));
  const head = readHead(file);
  // The content wins over the name when it clearly is another format; otherwise the format the
  // name announces reads the file and says precisely what is wrong with it (zip_invalid…).
  const sniffed = GEOMETRY_FORMATS.find((f) => f.sniff(head));
  const format = byExt?.sniff(head) ? byExt : (sniffed ?? byExt);
  if (!format) {
    throw new TaawunError(
      issue('format_unknown', {
        file: opts.displayName ?? path.basename(file),
        params: { expected: GEOMETRY_FORMATS.flatMap((f) => f.extensions).join(', ') },
      }),
    );
  }
  return format.read(file, opts);
}

function readHead(file: string): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, 64, 0);
    return buf.subarray(0, n);
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

import { z } from 'zod';
import { emptyBatch } from '../../core/import/batch.ts';
import { countryCode, unitCode } from '../../core/territory/types.ts';
import { issue } from '../../core/validation/issues.ts';
import { propertyString } from '../geo/features.ts';
import { readGeometryFile } from '../geo/formats.ts';
import { defineImporter } from './importer.ts';

/**
 * Boundaries of any territory from GeoJSON, TopoJSON, a zipped Shapefile or a GeoPackage, joined
 * to the units already known by code (or, on the user's word, by name); with `createUnits`, the
 * units are created too, so a new country can start from a single boundary file.
 */
export const boundariesImporter = defineImporter({
  name: 'boundaries',
  input: 'file',
  accepts: ['.geojson', '.json', '.topojson', '.zip', '.gpkg', '.gz'],
  options: z.object({
    country: z.string().min(1).describe('territory code (MA, FR, or one created with `taawun country create`)'),
    level: z.string().min(1).describe('territorial level of the features (commune, province…)'),
    codeField: z.string().default('code').describe('property holding the unit code'),
    codeScheme: z.string().optional().describe('code scheme of that property when it is not the official code (hcp_digits)'),
    nameField: z.string().default('name').describe('property holding the name (French or Latin script)'),
    nameArField: z.string().optional().describe('property holding the Arabic name'),
    parentField: z.string().optional().describe('property holding the parent unit code (with createUnits)'),
    createUnits: z.boolean().default(false).describe('create the units that do not exist yet'),
    layer: z.string().optional().describe('TopoJSON object or GeoPackage layer, when the file has several'),
    encoding: z.string().optional().describe('encoding of the attribute table when the file does not say'),
  }),
  async read(input, o) {
    const set = await readGeometryFile(input.path as string, {
      displayName: input.displayName,
      layer: o.layer,
      encoding: o.encoding,
    });
    const batch = emptyBatch('boundaries', countryCode(o.country));
    batch.files.push(set.summary);
    batch.issues.push(...set.issues);
    for (const f of set.features) {
      const at = { file: set.file, row: f.row };
      const code = propertyString(f.properties, o.codeField);
      const name = propertyString(f.properties, o.nameField);
      if (!code && !name) {
        batch.issues.push(issue('code_missing', { ...at, field: o.codeField }));
        continue;
      }
      if (o.createUnits && code) {
        const parent = propertyString(f.properties, o.parentField);
        batch.units.push({
          level: o.level,
          code: unitCode(code),
          names: { fr: name, ar: propertyString(f.properties, o.nameArField) },
          parent: parent ? { code: parent } : null,
          source: { ...at, field: o.codeField },
        });
      }
      batch.boundaries.push({
        unit: { code, name, level: o.level, scheme: o.createUnits ? null : (o.codeScheme ?? null) },
        geometry: f.geometry as GeoJSON.Polygon,
        source: { ...at, field: o.codeField },
      });
    }
    batch.checks = { boundaryLevels: [o.level], overlapToleranceKm2: 0.01, gapToleranceKm2: 0.01 };
    return batch;
  },
});

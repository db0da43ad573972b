import type { BoundaryRecord, PolygonalGeometry, UnitAlias } from '../../core/territory/types.ts';
import { type Issue, issue } from '../../core/validation/issues.ts';
import type { FileSummary } from '../../core/validation/report.ts';
import { propertyString, type ReadFeature } from '../geo/features.ts';
import { readJsonGeometries } from '../geo/json.ts';
import { lineageIssues } from './changes.ts';
import type { CogCommune } from './cog.ts';
import { BOUNDARY_YEAR, INSEE_2018 } from './country.ts';
import { communeLineage, type ReferenceCommune } from './lineage.ts';
import type { Scope } from './scope.ts';

export interface ReferenceBoundaries {
  boundaries: BoundaryRecord[];
  /** Current commune code → the 2018 codes it now covers besides its own. */
  aliases: Map<string, UnitAlias[]>;
  issues: Issue[];
  summary: FileSummary;
}

/**
 * Commune boundaries of 2018 (IGN Admin Express, properties `code`, `nom`, `departement`) laid
 * on today's communes: a commune unchanged since takes its feature; one whose code changed takes
 * the feature of its old code; a commune nouvelle formed since takes the features of the communes
 * it merged, dissolved into one boundary by the store (`dissolve`).
 */
export async function readReferenceBoundaries(
  file: string,
  communes: readonly CogCommune[],
  scope: Scope,
  opts: { displayName?: string } = {},
): Promise<ReferenceBoundaries> {
  const set = await readJsonGeometries(file, { displayName: opts.displayName });
  const issues: Issue[] = [...set.issues];
  const features = new Map<string, ReadFeature>();
  const reference = new Map<string, ReferenceCommune>();
  for (const f of set.features) {
    const code = propertyString(f.properties, 'code');
    if (!code) {
      issues.push(issue('code_missing', { file: set.file, row: f.row, field: 'code' }));
      continue;
    }
    if (features.has(code)) {
      issues.push(
        issue('code_duplicate', {
          file: set.file,
          row: f.row,
          unit: code,
          params: { code, firstRow: features.get(code)?.row ?? null },
        }),
      );
      continue;
    }
    features.set(code, f);
    reference.set(code, {
      code,
      name: propertyString(f.properties, 'nom'),
      departement: propertyString(f.properties, 'departement'),
      row: f.row,
    });
  }

  const lineage = communeLineage(communes, reference.values());
  issues.push(
    ...lineageIssues(lineage, communes, reference, { year: BOUNDARY_YEAR, file: set.file, inScope: (d) => scope.has(d) }),
  );

  const boundaries: BoundaryRecord[] = [];
  const aliases = new Map<string, UnitAlias[]>();
  for (const c of communes) {
    if (c.type !== 'commune-actuelle' || !scope.has(c.departement)) continue;
    const parts = (lineage.parts.get(c.code) ?? []).map((code) => features.get(code) as ReadFeature);
    const first = parts[0];
    if (!first) continue;
    const former = (lineage.parts.get(c.code) ?? []).filter((p) => p !== c.code);
    if (former.length > 0)
      aliases.set(
        c.code,
        former.map((code) => ({ scheme: INSEE_2018, code })),
      );
    const source = { file: set.file, row: first.row, field: 'code' };
    const unit = { code: c.code, level: 'commune' };
    if (parts.length === 1) {
      boundaries.push({ unit, geometry: first.geometry as PolygonalGeometry, source });
    } else {
      const bad = parts.find((f) => f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon');
      if (bad) {
        const params = { type: String(bad.geometry?.type ?? null) };
        issues.push(
          issue(bad.geometry ? 'geometry_not_polygonal' : 'geometry_missing', {
            file: set.file,
            row: bad.row,
            unit: c.code,
            params,
          }),
        );
        continue;
      }
      boundaries.push({ unit, geometry: mergeParts(parts), dissolve: true, source });
    }
  }
  return { boundaries, aliases, issues, summary: set.summary };
}

/** The polygons of several features as one MultiPolygon, for the store to dissolve. */
function mergeParts(parts: ReadFeature[]): GeoJSON.MultiPolygon {
  const coordinates: GeoJSON.Position[][][] = [];
  for (const { geometry: g } of parts) {
    if (g?.type === 'Polygon') coordinates.push(g.coordinates);
    else if (g?.type === 'MultiPolygon') coordinates.push(...g.coordinates);
  }
  return { type: 'MultiPolygon', coordinates };
}

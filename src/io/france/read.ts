import path from 'node:path';
import { emptyBatch, type ImportBatch, type ProgressFn } from '../../core/import/batch.ts';
import { readReferenceBoundaries } from './boundaries.ts';
import { readCog } from './cog.ts';
import { FRANCE, FRANCE_INDICATORS, POPULATION_YEAR } from './country.ts';
import { epciBodies } from './epci.ts';
import { parseScope } from './scope.ts';
import { cogUnits } from './units.ts';

export interface FranceOptions {
  /** Commune boundaries of 2018 (`communes-2018.geojson.gz`); without it, no boundaries. */
  geometry?: string | null;
  /** Comma-separated départements (or collectivités d'outre-mer) to keep; default all. */
  departements?: string | null;
  /** The COG package's data folder, when not the installed one. */
  cogDir?: string;
  onProgress?: ProgressFn;
}

/**
 * The French reference in one batch: régions, départements, communes and arrondissements
 * municipaux of the COG 2026 with their populations, the EPCI à fiscalité propre and their
 * members, and — when given — the 2018 commune boundaries carried over to today's communes.
 */
export async function readFrance(opts: FranceOptions = {}): Promise<ImportBatch> {
  const progress = opts.onProgress ?? (() => {});
  const steps = opts.geometry ? 3 : 2;
  const batch = emptyBatch('france', FRANCE.code);
  batch.countryDef = FRANCE;
  batch.indicators = FRANCE_INDICATORS;

  const cog = await readCog(opts.cogDir);
  batch.files.push(...cog.files);
  const scope = parseScope(opts.departements, cog);
  progress({ phase: 'read', done: 1, total: steps });

  const reference = opts.geometry
    ? await readReferenceBoundaries(opts.geometry, cog.communes, scope, { displayName: path.basename(opts.geometry) })
    : null;
  if (reference) {
    batch.files.push(reference.summary);
    batch.boundaries = reference.boundaries;
    progress({ phase: 'read', done: 2, total: steps });
  }

  const units = cogUnits(cog, scope, reference?.aliases);
  batch.units = units.units;
  batch.values = units.values;
  const communes = new Set(units.units.filter((u) => u.level === 'commune').map((u) => u.code as string));
  const epci = epciBodies(cog.epci, (code) => communes.has(code));
  batch.bodies = epci.bodies;
  batch.memberships = epci.memberships;
  batch.issues.push(...units.issues, ...(reference?.issues ?? []));
  progress({ phase: 'read', done: steps, total: steps });

  batch.checks = {
    boundaryLevels: reference ? ['commune'] : [],
    gapGroupLevel: 'departement',
    overlapToleranceKm2: 0.01,
    gapToleranceKm2: 0.01,
    // Paris, Lyon and Marseille against their arrondissements; départements carry no population.
    childrenSum: [{ indicator: 'population', year: POPULATION_YEAR, childLevel: 'arrondissement', parentLevel: 'commune' }],
  };
  return batch;
}

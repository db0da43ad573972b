import { createRequire } from 'node:module';
import path from 'node:path';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';
import type { FileSummary } from '../../core/validation/report.ts';
import { parseJson } from '../geo/json.ts';
import { readSource } from '../source.ts';

/**
 * The Code officiel géographique as the npm package `@etalab/decoupage-administratif` ships it
 * (6.0.0: COG 2026, EPCI à fiscalité propre of the DGCL on 1 January 2026). Only the fields the
 * importer uses are typed.
 */
export interface CogRegion {
  code: string;
  nom: string;
  zone: 'metro' | 'drom' | 'com';
}

export interface CogDepartement {
  code: string;
  nom: string;
  region: string;
  zone: 'metro' | 'drom' | 'com';
}

export type CogCommuneType = 'commune-actuelle' | 'arrondissement-municipal' | 'commune-deleguee' | 'commune-associee';

export interface CogCommune {
  code: string;
  nom: string;
  type: CogCommuneType;
  zone: 'metro' | 'drom' | 'com';
  departement: string;
  region: string;
  siren?: string;
  population?: number;
  /** Codes this commune carried or absorbed in the past (mergers, changes of code). */
  anciensCodes?: string[];
  /** For a commune déléguée or associée: the commune it now belongs to. */
  chefLieu?: string;
  /** For an arrondissement municipal: its commune (75056, 69123, 13055). */
  commune?: string;
}

export interface CogEpci {
  /** SIREN of the body. */
  code: string;
  nom: string;
  /** CC, CA, CU, METRO, MET69 (Métropole de Lyon). */
  type: string;
  /** FPU (fiscalité professionnelle unique) or FA (fiscalité additionnelle). */
  modeFinancement: string;
  membres: { code: string; siren: string; nom: string }[];
}

export interface Cog {
  regions: CogRegion[];
  departements: CogDepartement[];
  communes: CogCommune[];
  epci: CogEpci[];
  files: FileSummary[];
}

export const COG_PACKAGE = '@etalab/decoupage-administratif';

/** The package's `data/` folder, found through Node's resolution from this module. */
export function cogDataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve(`${COG_PACKAGE}/package.json`)), 'data');
}

/** Reads the four files; each is named in reports by its file name (`communes.json`). */
export async function readCog(dir: string = cogDataDir()): Promise<Cog> {
  const files: FileSummary[] = [];
  const read = async <T>(name: string): Promise<T[]> => {
    const src = await readSource(path.join(dir, name));
    files.push(src.summary);
    const doc = parseJson(src.bytes.toString('utf8'), src.name);
    if (!Array.isArray(doc)) {
      throw new TaawunError(
        issue('format_unknown', { file: src.name, params: { expected: `${COG_PACKAGE} ${name} (a JSON array)` } }),
      );
    }
    return doc as T[];
  };
  return {
    regions: await read<CogRegion>('regions.json'),
    departements: await read<CogDepartement>('departements.json'),
    communes: await read<CogCommune>('communes.json'),
    epci: await read<CogEpci>('epci.json'),
    files,
  };
}

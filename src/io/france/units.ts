import type { ValueRecord } from '../../core/territory/indicators.ts';
import { type UnitAlias, type UnitRecord, unitCode } from '../../core/territory/types.ts';
import { type Issue, issue } from '../../core/validation/issues.ts';
import type { Cog, CogCommune } from './cog.ts';
import { KIND_COM, KIND_REGION, MAYOTTE_POPULATION_YEAR, POPULATION_YEAR, SIREN } from './country.ts';
import type { Scope } from './scope.ts';

export interface CogUnits {
  units: UnitRecord[];
  values: ValueRecord[];
  issues: Issue[];
}

const COM_POPULATION_NOTE =
  'population of a collectivité d’outre-mer as published by Insee with the 2023 series; the census year differs by territory';

/**
 * Régions, départements, communes and arrondissements municipaux of the COG, with the
 * population of each commune and arrondissement. `aliases` adds codes by commune (the codes of
 * 2018 it now covers, see `lineage.ts`).
 */
export function cogUnits(cog: Cog, scope: Scope, aliases: ReadonlyMap<string, UnitAlias[]> = new Map()): CogUnits {
  const out: CogUnits = { units: [], values: [], issues: [] };
  const departements = cog.departements.filter((d) => scope.has(d.code));
  const regionCodes = new Set(departements.map((d) => d.region));

  cog.regions.forEach((r, i) => {
    if (!regionCodes.has(r.code)) return;
    out.units.push({
      level: 'region',
      code: unitCode(r.code),
      kind: r.zone === 'com' ? KIND_COM : KIND_REGION,
      names: { fr: r.nom },
      parent: null,
      source: { file: 'regions.json', row: i + 1, field: 'code' },
    });
  });
  cog.departements.forEach((d, i) => {
    // A collectivité d'outre-mer appears in both files under one code: it is kept once, as a region.
    if (!scope.has(d.code) || d.zone === 'com') return;
    out.units.push({
      level: 'departement',
      code: unitCode(d.code),
      names: { fr: d.nom },
      parent: { code: d.region, level: 'region' },
      source: { file: 'departements.json', row: i + 1, field: 'code' },
    });
  });
  cog.communes.forEach((c, i) => {
    if (!scope.has(c.departement)) return;
    const source = { file: 'communes.json', row: i + 1, field: 'code' };
    if (c.type === 'commune-actuelle') {
      const own: UnitAlias[] = c.siren ? [{ scheme: SIREN, code: c.siren }] : [];
      out.units.push({
        level: 'commune',
        code: unitCode(c.code),
        names: { fr: c.nom },
        parent: c.zone === 'com' ? { code: c.region, level: 'region' } : { code: c.departement, level: 'departement' },
        aliases: [...own, ...(aliases.get(c.code) ?? [])],
        source,
      });
      out.values.push(...population(c, 'commune', i + 1, out.issues));
    } else if (c.type === 'arrondissement-municipal' && c.commune) {
      out.units.push({
        level: 'arrondissement',
        code: unitCode(c.code),
        names: { fr: c.nom },
        parent: { code: c.commune, level: 'commune' },
        source,
      });
      out.values.push(...population(c, 'arrondissement', i + 1, out.issues));
    }
  });
  return out;
}

function population(c: CogCommune, level: string, row: number, issues: Issue[]): ValueRecord[] {
  const year = c.departement === '976' ? MAYOTTE_POPULATION_YEAR : POPULATION_YEAR;
  const source = { file: 'communes.json', row, field: 'population' };
  const unit = { code: c.code, level };
  if (typeof c.population !== 'number') {
    // The Terres australes et antarctiques and Clipperton have no resident population.
    issues.push(issue('value_missing_noted', { ...source, unit: c.code, params: { indicator: 'population', year } }));
    return [{ indicator: 'population', unit, year, value: null, note: 'no population légale in the source', source }];
  }
  const note = c.zone === 'com' ? COM_POPULATION_NOTE : null;
  return [{ indicator: 'population', unit, year, value: c.population, note, source }];
}

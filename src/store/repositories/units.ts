import { type Kysely, sql } from 'kysely';
import type { KnownUnit } from '../../core/territory/resolver.ts';
import type { Database } from '../schema.ts';

/** Current units of a country with their aliases, for resolving references on import. */
export async function loadKnownUnits(k: Kysely<Database>, country: string): Promise<KnownUnit[]> {
  const rows = await k
    .selectFrom('unit')
    .select(['id', 'level_id', 'code', 'parent_id', 'name_fr', 'name_ar', 'name_zgh', 'name_en'])
    .where('country_code', '=', country)
    .where('valid_to', 'is', null)
    .execute();
  const aliases = await k
    .selectFrom('unit_alias')
    .innerJoin('unit', 'unit.id', 'unit_alias.unit_id')
    .select(['unit_alias.unit_id', 'unit_alias.scheme', 'unit_alias.code'])
    .where('unit.country_code', '=', country)
    .where('unit.valid_to', 'is', null)
    .execute();
  const byUnit = new Map<number, { scheme: string; code: string }[]>();
  for (const a of aliases) {
    const l = byUnit.get(a.unit_id);
    if (l) l.push({ scheme: a.scheme, code: a.code });
    else byUnit.set(a.unit_id, [{ scheme: a.scheme, code: a.code }]);
  }
  return rows.map((r) => ({
    id: r.id,
    level: r.level_id,
    code: r.code,
    parentId: r.parent_id,
    names: [r.name_fr, r.name_ar, r.name_zgh, r.name_en],
    aliases: byUnit.get(r.id) ?? [],
  }));
}

export interface LevelRow {
  id: string;
  rank: number;
  names: { fr: string; ar: string | null; zgh: string | null; en: string | null };
  parents: string[];
  kinds: string[];
  expectsBoundary: boolean;
}

export async function listLevels(k: Kysely<Database>, country: string): Promise<LevelRow[]> {
  const rows = await k.selectFrom('territorial_level').selectAll().where('country_code', '=', country).orderBy('rank').execute();
  return rows.map((r) => ({
    id: r.id,
    rank: r.rank,
    names: { fr: r.name_fr, ar: r.name_ar, zgh: r.name_zgh, en: r.name_en },
    parents: r.parent_levels,
    kinds: r.kinds,
    expectsBoundary: r.expects_boundary,
  }));
}

export interface CountryRow {
  code: string;
  names: { fr: string; ar: string | null; zgh: string | null; en: string | null };
  fictional: boolean;
  units: number;
}

export async function listCountries(k: Kysely<Database>): Promise<CountryRow[]> {
  const rows = await k
    .selectFrom('country')
    .leftJoin('unit', (j) => j.onRef('unit.country_code', '=', 'country.code').on('unit.valid_to', 'is', null))
    .select([
      'country.code',
      'country.name_fr',
      'country.name_ar',
      'country.name_zgh',
      'country.name_en',
      'country.fictional',
      sql<number>`count(unit.id)::int`.as('units'),
    ])
    .groupBy('country.code')
    .orderBy('country.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    names: { fr: r.name_fr, ar: r.name_ar, zgh: r.name_zgh, en: r.name_en },
    fictional: r.fictional,
    units: r.units,
  }));
}

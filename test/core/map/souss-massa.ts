import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { dataPath } from '../../helpers/data.ts';

/** The 175 communes of Souss-Massa (region 09) from the shared HCP attribute file. */
export interface CommuneRow {
  code: string;
  code_digits: string;
  name_fr: string;
  name_ar: string;
  type: string;
  region_code: string;
  province_code: string;
  cercle_code: string;
  population_2024: string;
  population_2014: string;
  households_2024: string;
  area_km2: string;
  density_2024: string;
}

export function soussMassaCommunes(): CommuneRow[] {
  const rows = parse(readFileSync(dataPath('morocco/attributes/communes.csv')), { columns: true }) as CommuneRow[];
  return rows.filter((r) => r.region_code === '09');
}

import type { SourceRef, UnitRef } from './types.ts';

/**
 * The register of existing cooperation: inter-municipal bodies (ECI), groupings of territorial
 * authorities (GCT), conventions, agglomeration groupings, metropolitan reciprocity contracts.
 */
export const BODY_TYPES = ['eci', 'gct', 'convention', 'agglomeration', 'reciprocity_contract', 'epci', 'other'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

/** Competences as short ids; free ids are allowed, these are the ones the UI knows. */
export const KNOWN_COMPETENCES = [
  'water',
  'sanitation',
  'waste',
  'transport',
  'abattoirs',
  'roads',
  'economic_development',
  'lighting',
  'markets',
  'tourism',
  'environment',
  'mobility',
] as const;

export interface BodyRecord {
  /** Code unique in the country (SIREN for a French EPCI, a slug for a Moroccan ECI). */
  code: string;
  name: string;
  type: BodyType;
  /** Finer type as the source names it (CA, CC, CU, ME in France). */
  subtype?: string | null;
  legalBasis?: string | null;
  competences?: string[];
  status?: string | null;
  createdOn?: string | null;
  dissolvedOn?: string | null;
  notes?: string | null;
  sourceUrl?: string | null;
  source: SourceRef;
}

export interface MembershipRecord {
  body: string;
  unit: UnitRef;
  joinedOn?: string | null;
  leftOn?: string | null;
  role?: string | null;
  source: SourceRef;
}

export interface BodyEventRecord {
  body: string;
  occurredOn?: string | null;
  kind: string;
  description?: string | null;
  sourceUrl?: string | null;
  source: SourceRef;
}

/** Maps the spellings found in files ("ECI", "GCT", "EPCI", "CA"…) to a body type. */
export function parseBodyType(raw: string): BodyType | undefined {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((BODY_TYPES as readonly string[]).includes(s)) return s as BodyType;
  if (['ca', 'cc', 'cu', 'me', 'metropole', 'epci'].includes(s)) return 'epci';
  if (['contrat_de_reciprocite', 'reciprocity'].includes(s)) return 'reciprocity_contract';
  if (['groupement_d_agglomeration', 'agglomeration_grouping'].includes(s)) return 'agglomeration';
  return undefined;
}

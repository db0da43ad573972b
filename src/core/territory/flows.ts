import type { SourceRef, UnitRef } from './types.ts';

export const FLOW_KINDS = ['home_work', 'home_school', 'health', 'souk', 'migration', 'other'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export interface FlowDatasetDef {
  /** Key unique in the country; re-importing the same key replaces the dataset. */
  key: string;
  name: string;
  kind: FlowKind;
  year: number;
  /** What a value counts ("workers", "pupils", "trips"). */
  valueUnit?: string | null;
}

export interface FlowRecord {
  origin: UnitRef;
  destination: UnitRef;
  value: number;
  source: SourceRef;
}

export interface FacilityRecord {
  category: string;
  name?: string | null;
  lon: number;
  lat: number;
  /** The unit the facility belongs to, when the file says; otherwise found by location. */
  unit?: UnitRef | null;
  attributes?: Record<string, string | number | boolean | null>;
  source: SourceRef;
}

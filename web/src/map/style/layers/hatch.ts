import type { LayerSpecification } from 'maplibre-gl';
import { hatchId } from '../../patterns.ts';
import { codeIn } from '../expressions.ts';
import { SOURCES, type StyleInput } from '../types.ts';

/** The hatching's lines, as in the SVG export (src/report/map/patterns.ts). */
const HATCH_LINES = '#8a8a8a';

/** Units with no data, hatched: missing is never drawn as a class colour, and never as zero. */
export function noDataHatch(input: StyleInput): LayerSpecification[] {
  const codes: string[] = [];
  for (const f of input.units.features) {
    const code = String(f.properties?.code);
    const u = input.painted.units.get(code);
    if (!u || u.fill === null) codes.push(code);
  }
  if (codes.length === 0) return [];
  return [
    {
      id: 'units-no-data',
      type: 'fill',
      source: SOURCES.units,
      filter: codeIn(codes),
      paint: { 'fill-pattern': hatchId(HATCH_LINES) },
    },
  ];
}

import { boundariesImporter } from './boundaries.ts';
import { cooperationImporter } from './cooperation.ts';
import { demoImporter } from './demo.ts';
import { facilitiesImporter } from './facilities.ts';
import { flowsImporter } from './flows.ts';
import { franceImporter } from './france.ts';
import type { Importer } from './importer.ts';
import { indicatorsImporter } from './indicators.ts';
import { moroccoImporter } from './morocco.ts';

/** Every importer, by name. Adding one is one file plus one line here. */
export const IMPORTERS: Importer[] = [
  moroccoImporter,
  boundariesImporter,
  indicatorsImporter,
  flowsImporter,
  cooperationImporter,
  facilitiesImporter,
  franceImporter,
  demoImporter,
] as unknown as Importer[];

export function importerByName(name: string): Importer | undefined {
  return IMPORTERS.find((i) => i.name === name);
}

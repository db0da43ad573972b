import { countIndicator, type IndicatorDef } from '../../core/territory/indicators.ts';
import { type CountryDef, countryCode } from '../../core/territory/types.ts';

/**
 * France's territorial levels as the Code officiel géographique (COG) gives them. The five
 * collectivités d'outre-mer and the other overseas territories (975, 977, 978, 984, 986–989) have
 * neither région nor département: they sit at the first level with the kind
 * `collectivite_outre_mer`, and their communes hang directly from them, as Moroccan urban
 * communes hang from their province. Paris, Lyon and Marseille keep their arrondissements
 * municipaux as a finer level.
 */
export const KIND_REGION = 'region';
export const KIND_COM = 'collectivite_outre_mer';

export const FRANCE: CountryDef = {
  code: countryCode('FR'),
  names: { fr: 'France', ar: 'فرنسا', en: 'France' },
  levels: [
    {
      id: 'region',
      rank: 1,
      labels: {
        fr: 'Région ou collectivité d’outre-mer',
        ar: 'جهة أو جماعة ما وراء البحار',
        en: 'Region or overseas collectivity',
      },
      parents: [],
      kinds: [KIND_REGION, KIND_COM],
    },
    { id: 'departement', rank: 2, labels: { fr: 'Département', ar: 'مقاطعة', en: 'Department' }, parents: ['region'] },
    {
      id: 'commune',
      rank: 3,
      labels: { fr: 'Commune', ar: 'بلدية', en: 'Municipality' },
      parents: ['departement', 'region'],
      expectsBoundary: true,
    },
    {
      id: 'arrondissement',
      rank: 4,
      labels: { fr: 'Arrondissement municipal', ar: 'دائرة بلدية', en: 'Municipal arrondissement' },
      parents: ['commune'],
    },
  ],
};

/** Populations in force on 1 January 2026 are those of the 2023 census cycle (millésime 2023). */
export const POPULATION_YEAR = 2023;
/** Mayotte's figures in the COG package are still those of its 2017 census. */
export const MAYOTTE_POPULATION_YEAR = 2017;

export const POPULATION_SOURCE =
  'Insee, populations légales (population municipale) millésime 2023, en vigueur au 1er janvier 2026; Mayotte: recensement 2017 (COG 2026, @etalab/decoupage-administratif 6.0.0)';

export const FRANCE_INDICATORS: IndicatorDef[] = [
  countIndicator('population', { fr: 'Population', ar: 'السكان', en: 'Population' }, POPULATION_SOURCE),
];

/** Alias schemes for French codes. */
export const INSEE_2018 = 'insee_2018';
export const SIREN = 'siren';
/** Year of the IGN Admin Express commune boundaries the importer uses. */
export const BOUNDARY_YEAR = 2018;

import { countIndicator, type IndicatorDef } from '../../core/territory/indicators.ts';
import { type CountryDef, countryCode } from '../../core/territory/types.ts';

/**
 * Morocco's territorial levels. Rural communes sit in a cercle, urban communes directly in their
 * province or prefecture; arrondissements subdivide the largest cities.
 */
export const MOROCCO: CountryDef = {
  code: countryCode('MA'),
  names: { fr: 'Maroc', ar: 'المغرب', zgh: 'ⵍⵎⵖⵔⵉⴱ', en: 'Morocco' },
  levels: [
    { id: 'region', rank: 1, labels: { fr: 'Région', ar: 'جهة', en: 'Region' }, parents: [] },
    {
      id: 'province',
      rank: 2,
      labels: { fr: 'Province ou préfecture', ar: 'إقليم أو عمالة', en: 'Province or prefecture' },
      parents: ['region'],
      kinds: ['province', 'prefecture', 'prefecture_of_arrondissements'],
    },
    { id: 'cercle', rank: 3, labels: { fr: 'Cercle', ar: 'دائرة', en: 'Cercle' }, parents: ['province'] },
    {
      id: 'commune',
      rank: 4,
      labels: { fr: 'Commune', ar: 'جماعة', en: 'Commune' },
      parents: ['cercle', 'province'],
      kinds: ['urban', 'rural'],
      expectsBoundary: true,
    },
    {
      id: 'arrondissement',
      rank: 5,
      labels: { fr: 'Arrondissement', ar: 'مقاطعة', en: 'Arrondissement' },
      parents: ['commune'],
    },
  ],
};

const HCP = 'HCP, RGPH';

export const MOROCCO_INDICATORS: IndicatorDef[] = [
  countIndicator('population', { fr: 'Population', ar: 'السكان', en: 'Population' }, HCP),
  countIndicator('households', { fr: 'Ménages', ar: 'الأسر', en: 'Households' }, HCP),
];

/** Alias schemes for Moroccan codes. */
export const HCP_DIGITS = 'hcp_digits';
export const HCP_2014 = 'hcp_2014';

import { countIndicator, type IndicatorDef } from '../territory/indicators.ts';
import { type CountryDef, countryCode } from '../territory/types.ts';

/**
 * The fictional territory's definition. Its levels copy Morocco's (region → province → cercle →
 * commune; rural communes in a cercle, urban ones directly in their province), because the
 * app's first users are Moroccan planners; its names say, in every language, that it is made up.
 */
export const DEMO_COUNTRY: CountryDef = {
  code: countryCode('DEMO'),
  fictional: true,
  names: {
    fr: 'Territoire fictif de démonstration',
    ar: 'مجال ترابي وهمي للعرض',
    en: 'Fictional demonstration territory',
  },
  levels: [
    { id: 'region', rank: 1, labels: { fr: 'Région', ar: 'جهة', en: 'Region' }, parents: [] },
    {
      id: 'province',
      rank: 2,
      labels: { fr: 'Province', ar: 'إقليم', en: 'Province' },
      parents: ['region'],
      kinds: ['province'],
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
  ],
};

/**
 * Same ids and labels as the Moroccan census indicators, so that maps and analyses configured on
 * the demo carry over to real data. No source is given: indicators are shared between countries,
 * and the demo must never overwrite the source recorded by a real import.
 */
export const DEMO_INDICATORS: IndicatorDef[] = [
  countIndicator('population', { fr: 'Population', ar: 'السكان', en: 'Population' }),
  countIndicator('households', { fr: 'Ménages', ar: 'الأسر', en: 'Households' }),
];

/**
 * Where the territory lies: open Atlantic, about 300 km off Essaouira, between Madeira and the
 * Canaries. Close enough to Morocco to be drawn with the same projections and zoom levels, far
 * enough from any coast that it can never be mistaken for, or overlap, a real commune.
 */
export const DEMO_ORIGIN = { lon: -13.0, lat: 31.4 } as const;

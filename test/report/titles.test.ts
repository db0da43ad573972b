import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { legendTitle } from '../../src/report/map/titles.ts';

const fr = translator('fr');
const ar = translator('ar');
const en = translator('en');

describe('map and legend titles', () => {
  const density = {
    kind: 'variable' as const,
    variable: { indicator: 'population', year: 2024, per: 'area' as const },
    years: [2024],
  };

  it('names a density the way planners say it, with its year and unit', () => {
    expect(legendTitle(density, 'fr', fr)).toBe('Densité de population 2024 (hab./km²)');
    expect(legendTitle(density, 'ar', ar)).toBe('الكثافة السكانية 2024 (نسمة/كم²)');
    expect(legendTitle(density, 'en', en)).toBe('Population density 2024 (inhab./km²)');
  });

  it('composes ratios, percentages and unknown indicators from the catalogue’s labels', () => {
    const ratio = {
      kind: 'variable' as const,
      variable: { indicator: 'population', per: { indicator: 'households' } },
      years: [2014, 2024],
    };
    expect(legendTitle(ratio, 'fr', fr)).toBe('Population par ménages 2014–2024');
    const share = {
      kind: 'variable' as const,
      variable: { indicator: 'schooled', year: 2014, per: { indicator: 'population' }, scale: 100 },
      years: [2014],
    };
    const names = { schooled: { labels: { fr: 'Scolarisés', ar: 'المتمدرسون', en: 'In school' } } };
    expect(legendTitle(share, 'fr', fr, names)).toBe('Scolarisés par population 2014 (%)');
    expect(legendTitle(share, 'en', en)).toBe('schooled per population 2014 (%)');
    const other = { kind: 'variable' as const, variable: { indicator: 'beds', per: 'area' as const }, years: [2020] };
    expect(legendTitle(other, 'fr', fr, { beds: { labels: { fr: 'Lits' } } })).toBe('Lits par km² 2020');
  });

  it('titles categories and flows', () => {
    const byProvince = { kind: 'categories' as const, by: { kind: 'ancestor' as const, level: 'province' }, level: 'commune' };
    expect(legendTitle(byProvince, 'fr', fr)).toBe('Communes par province ou préfecture');
    expect(legendTitle(byProvince, 'en', en)).toBe('Communes by province or prefecture');
    expect(legendTitle({ kind: 'categories', by: { kind: 'kind' }, level: 'commune' }, 'ar', ar)).toBe(
      'الجماعات الحضرية والقروية',
    );
    expect(legendTitle({ kind: 'categories', by: { kind: 'cooperation', bodyType: 'ECI' }, level: 'commune' }, 'fr', fr)).toBe(
      'Organismes de coopération : Établissement de coopération intercommunale (ECI)',
    );
    expect(legendTitle({ kind: 'flows', dataset: 'nav' }, 'fr', fr, undefined, { nav: 'Navettes 2014' })).toBe(
      'Flux : Navettes 2014',
    );
  });
});

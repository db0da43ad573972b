import type { TFunction } from 'i18next';
import type { MapData } from '../../core/map/data.ts';
import type { MapDocument, Variable } from '../../core/map/document.ts';
import type { Legend, LegendTitle } from '../../core/map/legend.ts';

/**
 * Titles of maps and legends in the reader's language, from the structured `LegendTitle` the core
 * produces: "Densité de population 2024 (hab./km²)". Indicators the map namespace knows get their
 * proper wording ("Densité de population", not "Population par km²"); others are composed from
 * their label, which the caller may pass from the indicator catalogue (`/api/indicators`).
 */
export type Lang = 'fr' | 'ar' | 'en';

export interface IndicatorLabels {
  [indicator: string]: { labels?: Partial<Record<Lang, string | null>>; unit?: string | null } | undefined;
}

/** Names of flow datasets by key, from `/api/countries/:c/flows`. */
export type DatasetNames = Record<string, string>;

export function indicatorName(id: string, lang: Lang, t: TFunction, indicators?: IndicatorLabels): string {
  return indicators?.[id]?.labels?.[lang] ?? t(`map:indicators.${id}`, { defaultValue: id });
}

/** "Densité de population", "Population par ménage", "Population" — without year or unit. */
export function variableName(v: Variable, lang: Lang, t: TFunction, indicators?: IndicatorLabels): string {
  const name = indicatorName(v.indicator, lang, t, indicators);
  if (v.per === 'area') return t(`map:density.${v.indicator}`, { defaultValue: t('map:title.perArea', { indicator: name }) });
  if (v.per) {
    const per = indicatorName(v.per.indicator, lang, t, indicators);
    return t('map:title.ratio', { indicator: name, per: lang === 'ar' ? per : lowerFirst(per) });
  }
  return name;
}

/** The unit printed in brackets after a title, if any. */
export function variableUnit(v: Variable, t: TFunction, indicators?: IndicatorLabels): string | null {
  const scale =
    v.scale === 100
      ? t('map:units.percent')
      : v.scale === 1000
        ? t('map:units.perThousand')
        : v.scale && v.scale !== 1
          ? t('map:units.scaled', { scale: v.scale })
          : null;
  const base =
    v.per === 'area'
      ? t(`map:units.density.${v.indicator}`, { defaultValue: '' }) || null
      : v.per
        ? null
        : (indicators?.[v.indicator]?.unit ?? null);
  return [base, scale].filter(Boolean).join(' ') || null;
}

export function legendTitle(
  title: LegendTitle,
  lang: Lang,
  t: TFunction,
  indicators?: IndicatorLabels,
  datasets?: DatasetNames,
): string {
  if (title.kind === 'variable') {
    let s = variableName(title.variable, lang, t, indicators);
    const years = title.variable.year !== undefined ? [title.variable.year] : title.years;
    if (years.length === 1) s = t('map:title.withYear', { title: s, year: String(years[0]) });
    else if (years.length > 1) s = t('map:title.withYears', { title: s, from: String(years[0]), to: String(years.at(-1)) });
    const unit = variableUnit(title.variable, t, indicators);
    return unit ? t('map:title.withUnit', { title: s, unit }) : s;
  }
  if (title.kind === 'flows') return t('map:title.flows', { dataset: datasets?.[title.dataset] ?? title.dataset });
  const by = title.by;
  if (by.kind === 'kind') return t('map:title.kind');
  if (by.kind === 'ancestor') {
    const level = t(`common:levels.${by.level}`, { defaultValue: by.level });
    const units = t(`map:levelsPlural.${title.level ?? 'unit'}`, { defaultValue: t('map:levelsPlural.unit') });
    return t('map:title.ancestor', { units: upperFirst(units), level: lang === 'ar' ? level : lowerFirst(level) });
  }
  if (by.bodyType)
    return t('map:title.cooperationType', {
      type: t(`common:bodyTypes.${by.bodyType.toLowerCase()}`, { defaultValue: by.bodyType }),
    });
  return t('map:title.cooperation');
}

/** The document's title, or the title of its first legend, or "Carte". */
export function mapTitle(
  doc: MapDocument,
  legends: readonly Legend[],
  lang: Lang,
  t: TFunction,
  indicators?: IndicatorLabels,
  datasets?: DatasetNames,
): string {
  if (doc.title.trim()) return doc.title.trim();
  const first = legends[0];
  return first ? legendTitle(first.title, lang, t, indicators, datasets) : t('map:title.untitled');
}

/** "Souss-Massa — 175 communes": where, and how many units of which level. */
export function mapSubtitle(doc: MapDocument, data: MapData, lang: Lang, t: TFunction): string {
  const within = doc.within ? data.ancestorNames[doc.within] : undefined;
  const territory = within
    ? (within[lang] ?? within.fr ?? doc.within)
    : t(`map:countries.${doc.country}`, { defaultValue: doc.country });
  return t('map:subtitle', {
    territory: territory ?? '',
    count: String(data.units.length),
    units: t(`map:levelsPlural.${doc.level}`, { defaultValue: t('map:levelsPlural.unit') }),
  });
}

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** "Ménages" → "ménages" inside a French or English phrase; acronyms (ECI, HCP) are left alone. */
function lowerFirst(s: string): string {
  return s.length > 1 && s[1] === s[1]?.toLowerCase() ? (s[0]?.toLowerCase() ?? '') + s.slice(1) : s;
}

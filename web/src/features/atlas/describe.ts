import type { TFunction } from 'i18next';
import { type MapUnit, unitName } from '../../../../src/core/map/data.ts';
import { formatValue, type MapLanguage } from '../../../../src/core/map/format.ts';
import type { CategoryLegend } from '../../../../src/core/map/legend.ts';
import { variableYears } from '../../../../src/core/map/values.ts';
import type { AtlasData } from './useAtlasData.ts';

export interface UnitDescription {
  name: string;
  /** The value as printed ("1 234,5"), with its year, or the categories; null: no data. */
  value: string | null;
  year: number | null;
  categories: string[] | null;
}

/**
 * What the map says about one unit, in words: its name in the reader's language and the value of
 * the layer that colours it (or the symbols' value), with the year that value is from.
 */
export function describeUnit(atlas: AtlasData, unit: MapUnit, lang: MapLanguage, t: TFunction): UnitDescription {
  const name = unitName(unit, lang);
  const painted = atlas.painted.units.get(unit.code);
  const i = atlas.painted.fillLayer ?? atlas.doc.layers.findIndex((l) => l.type === 'symbols');
  const layer = atlas.doc.layers[i];
  if (!layer || !painted) return { name, value: null, year: null, categories: null };
  if (layer.type === 'categories') {
    const legend = atlas.painted.legends[i] as CategoryLegend | undefined;
    if (painted.fill === null || !painted.category) return { name, value: null, year: null, categories: null };
    const labels = painted.category.map((k) => {
      const c = legend?.categories.find((x) => x.key === k);
      return c ? (c.labelKey ? t(c.labelKey, { defaultValue: c.label[lang] }) : c.label[lang]) : k;
    });
    return { name, value: null, year: null, categories: labels };
  }
  if (!('variable' in layer)) return { name, value: null, year: null, categories: null };
  const v = layer.type === 'symbols' ? painted.symbolValue : painted.value;
  if (v === null || v === undefined) return { name, value: null, year: null, categories: null };
  const years = variableYears({ ...atlas.data, units: [unit] }, layer.variable);
  return { name, value: formatValue(v, lang), year: years[0] ?? null, categories: null };
}

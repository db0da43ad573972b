import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_STACKS } from '../glyphs/stacks.ts';
import { LAYER_IDS, type MapLanguage, SOURCES, type StyleInput } from './types.ts';

/** Which name a label shows, in order of preference: the reader's language first. */
const NAME_ORDER: Record<MapLanguage, string[]> = {
  fr: ['name_fr', 'name_ar'],
  ar: ['name_ar', 'name_fr'],
  en: ['name_en', 'name_fr', 'name_ar'],
};

export function labelText(lang: MapLanguage): ExpressionSpecification {
  const name: ExpressionSpecification = ['coalesce', ...NAME_ORDER[lang].map((p) => ['get', p] as ExpressionSpecification)];
  // A Tifinagh name, where the unit has one, goes on a second, smaller line.
  return ['case', ['has', 'name_zgh'], ['format', name, {}, '\n', {}, ['get', 'name_zgh'], { 'font-scale': 0.85 }], name];
}

/**
 * Zoomed out, only the most populous units are candidates (`prio` is the rank by population):
 * placing 1,500 names to show 80 costs time and gives a map where the names left are chance.
 */
function byImportance(text: ExpressionSpecification): ExpressionSpecification {
  const upTo = (rank: number): ExpressionSpecification => ['case', ['<', ['get', 'prio'], rank], text, ''];
  return ['step', ['zoom'], upTo(120), 6, upTo(400), 7.5, text];
}

/**
 * Unit names over the map, in the reader's language (Arabic shaped and right-to-left by the RTL
 * plugin, glyphs from the local glyph protocol). Collisions hide names; the most populous units
 * (`prio`, smaller first) are placed first, so the towns planners look for stay readable.
 */
export function labelLayers(input: StyleInput): LayerSpecification[] {
  const { labels } = input.doc;
  if (!labels.show) return [];
  return [
    {
      id: LAYER_IDS.labels,
      type: 'symbol',
      source: SOURCES.points,
      ...(labels.minZoom !== undefined ? { minzoom: labels.minZoom } : {}),
      layout: {
        'text-field': byImportance(labelText(input.lang)),
        'text-font': [...FONT_STACKS.semibold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 8, 12, 11, 14],
        'text-max-width': 7,
        'text-line-height': 1.15,
        'text-padding': 3,
        'symbol-sort-key': ['get', 'prio'],
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.4,
      },
      paint: {
        'text-color': '#1a2229',
        'text-halo-color': 'rgba(255, 255, 255, 0.92)',
        'text-halo-width': 1.4,
        'text-halo-blur': 0.3,
      },
    },
  ];
}

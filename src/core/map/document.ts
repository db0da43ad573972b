import { z } from 'zod';

/**
 * A map is a document: what is drawn, from which data, classified how, in which colours. The
 * MapLibre style on screen and the SVG of an export or of the atlas are both derived from it; the
 * URL carries it; it is saved and listed. It is versioned: `migrate()` brings any older document
 * to the current version, `validate()` says precisely what is wrong with a bad one.
 */
export const MAP_DOCUMENT_VERSION = 1;

export const CLASSIFICATION_METHODS = ['quantile', 'equal', 'jenks', 'stddev', 'geometric', 'headtail', 'manual'] as const;
export type ClassificationMethod = (typeof CLASSIFICATION_METHODS)[number];

/** What a value is: an indicator in a year, possibly divided by area (density) or another indicator. */
export const variableSchema = z.object({
  indicator: z.string().min(1),
  /** Year of the values; absent: the latest year each unit has. */
  year: z.number().int().optional(),
  /** `area`: per km² (density); an indicator id: a ratio (per household…). */
  per: z.union([z.literal('area'), z.object({ indicator: z.string().min(1) })]).optional(),
  /** Multiplies the value (100 for a percentage, 1000 for "per thousand"). */
  scale: z.number().positive().optional(),
});
export type Variable = z.infer<typeof variableSchema>;

const palette = z.object({
  /** A ColorBrewer scheme name: Blues, YlOrRd, RdBu, Set2… (see core/map/palettes.ts). */
  scheme: z.string().min(1),
  reverse: z.boolean().optional(),
});

export const choroplethLayerSchema = z.object({
  type: z.literal('choropleth'),
  variable: variableSchema,
  classification: z.object({
    method: z.enum(CLASSIFICATION_METHODS),
    classes: z.number().int().min(2).max(12),
    /** Inner class limits for `manual` (classes − 1 numbers, ascending). */
    breaks: z.array(z.number()).optional(),
  }),
  palette,
  opacity: z.number().min(0).max(1).optional(),
});

export const categoryLayerSchema = z.object({
  type: z.literal('categories'),
  /**
   * `kind`: urban/rural…; `ancestor`: the unit above at a level (province); `cooperation`:
   * membership of cooperation bodies, several per unit shown as stripes.
   */
  by: z.union([
    z.object({ kind: z.literal('kind') }),
    z.object({ kind: z.literal('ancestor'), level: z.string().min(1) }),
    z.object({ kind: z.literal('cooperation'), bodyType: z.string().optional() }),
  ]),
  palette,
  opacity: z.number().min(0).max(1).optional(),
});

export const symbolLayerSchema = z.object({
  type: z.literal('symbols'),
  variable: variableSchema,
  /** Radius in pixels of the largest value; areas are proportional to values. */
  maxRadius: z.number().positive().max(100),
  color: z.string(),
});

export const flowLayerSchema = z.object({
  type: z.literal('flows'),
  /** Key of a flow dataset of the country. */
  dataset: z.string().min(1),
  /** Flows under this value are not drawn. */
  minValue: z.number().min(0),
  /** Width in pixels of the largest flow. */
  maxWidth: z.number().positive().max(60),
  color: z.string(),
});

export const mapLayerSchema = z.discriminatedUnion('type', [
  choroplethLayerSchema,
  categoryLayerSchema,
  symbolLayerSchema,
  flowLayerSchema,
]);
export type MapLayer = z.infer<typeof mapLayerSchema>;
export type ChoroplethLayer = z.infer<typeof choroplethLayerSchema>;
export type CategoryLayer = z.infer<typeof categoryLayerSchema>;
export type SymbolLayer = z.infer<typeof symbolLayerSchema>;
export type FlowLayer = z.infer<typeof flowLayerSchema>;

export const mapDocumentSchema = z.object({
  version: z.literal(MAP_DOCUMENT_VERSION),
  /** Title printed on exports; empty: generated from the first layer. */
  title: z.string().max(200).default(''),
  country: z.string().min(1),
  /** Units of this level are mapped… */
  level: z.string().min(1),
  /** …inside this unit (a region); absent: the whole country. */
  within: z.string().optional(),
  withinLevel: z.string().optional(),
  /** Drawn bottom to top. */
  layers: z.array(mapLayerSchema).max(6),
  labels: z.object({ show: z.boolean(), minZoom: z.number().min(0).max(22).optional() }).default({ show: false }),
  /** Boundaries of coarser levels drawn over the map (province, region). */
  overlays: z.array(z.string()).default([]),
  /** Credit line printed on exports, after the data's own sources. */
  source: z.string().max(300).optional(),
  /** Optional raster basemap (XYZ URL template) for users who are online; none by default. */
  basemap: z.string().url().optional(),
});
export type MapDocument = z.infer<typeof mapDocumentSchema>;

export type ValidationResult = { ok: true; document: MapDocument } | { ok: false; errors: { path: string; message: string }[] };

/** Checks a document (after migration) and says what is wrong, field by field. */
export function validateMapDocument(input: unknown): ValidationResult {
  const migrated = migrateMapDocument(input);
  const r = mapDocumentSchema.safeParse(migrated);
  if (r.success) return checkManualBreaks(r.data);
  return { ok: false, errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

function checkManualBreaks(doc: MapDocument): ValidationResult {
  const errors: { path: string; message: string }[] = [];
  doc.layers.forEach((l, i) => {
    if (l.type !== 'choropleth' || l.classification.method !== 'manual') return;
    const b = l.classification.breaks ?? [];
    if (b.length !== l.classification.classes - 1) {
      errors.push({
        path: `layers.${i}.classification.breaks`,
        message: `${l.classification.classes - 1} limits expected, ${b.length} given`,
      });
    } else if (b.some((x, j) => j > 0 && x <= (b[j - 1] as number))) {
      errors.push({ path: `layers.${i}.classification.breaks`, message: 'limits must increase' });
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, document: doc };
}

/**
 * Brings an older document to the current version, one step at a time. Version 0 was the
 * unversioned draft used before the format was fixed: a single `variable` and `method` at the
 * top level instead of a list of layers.
 */
export function migrateMapDocument(input: unknown): unknown {
  let doc = input as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') return doc;
  if (doc.version === undefined || doc.version === 0) doc = fromVersion0(doc);
  return doc;
}

function fromVersion0(d: Record<string, unknown>): Record<string, unknown> {
  const { variable, method, classes, palette: scheme, ...rest } = d;
  const layers = variable
    ? [
        {
          type: 'choropleth',
          variable: typeof variable === 'string' ? { indicator: variable } : variable,
          classification: { method: method ?? 'quantile', classes: classes ?? 5 },
          palette: { scheme: typeof scheme === 'string' ? scheme : 'YlOrRd' },
        },
      ]
    : [];
  return { ...rest, version: 1, layers: (rest.layers as unknown[]) ?? layers };
}

/** A new map of one indicator, as the atlas opens it. */
export function defaultMapDocument(country: string, level: string, within?: string): MapDocument {
  return {
    version: MAP_DOCUMENT_VERSION,
    title: '',
    country,
    level,
    ...(within ? { within } : {}),
    layers: [
      {
        type: 'choropleth',
        variable: { indicator: 'population', per: 'area' },
        classification: { method: 'quantile', classes: 5 },
        palette: { scheme: 'YlOrRd' },
      },
    ],
    labels: { show: false },
    overlays: [],
  };
}

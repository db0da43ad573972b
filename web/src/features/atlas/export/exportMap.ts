import type { TFunction } from 'i18next';
import type { MapLanguage } from '../../../../../src/core/map/format.ts';
import { renderMapSvg } from '../../../../../src/report/map/svg.ts';
import type { Catalogue } from '../catalogue.ts';
import type { AtlasData } from '../useAtlasData.ts';
import { withEmbeddedFonts } from './svgFonts.ts';

export interface ExportInput {
  atlas: AtlasData;
  lang: MapLanguage;
  t: TFunction;
  sources: string[];
  fictional: boolean;
  catalogue: Catalogue;
}

const WIDTH = 1100;
const HEIGHT = 820;
/** Top of the page, where only the title is: ink there means the fonts are drawn. */
const TITLE_BAND = 60;

/** The current map as a vector page (title, legend, scale bar, north arrow, sources, date). */
export function mapSvg({ atlas, lang, t, sources, fictional, catalogue }: ExportInput): string {
  const flowLayer = atlas.doc.layers.find((l) => l.type === 'flows');
  const flows = flowLayer?.type === 'flows' ? atlas.flows[flowLayer.dataset] : undefined;
  return renderMapSvg({
    doc: atlas.doc,
    data: atlas.data,
    geometry: atlas.geometry.units,
    overlays: atlas.overlays.map((o) => o.lines),
    ...(flows ? { flows } : {}),
    lang,
    t,
    width: WIDTH,
    height: HEIGHT,
    date: new Date().toISOString().slice(0, 10),
    sources,
    fictional,
    indicators: catalogue.indicatorLabels,
    datasets: catalogue.datasetNames,
  });
}

/** The same page rasterised at twice its size, fonts embedded so Arabic and Tifinagh render. */
export async function mapPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([await withEmbeddedFonts(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH * scale;
    canvas.height = HEIGHT * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    await fontsDrawn(img);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The fonts inside an SVG image load when it is first drawn, its text invisible until then. The
 * title band is drawn again until ink shows there (or 3 s have passed).
 */
async function fontsDrawn(img: HTMLImageElement): Promise<void> {
  const probe = document.createElement('canvas');
  probe.width = WIDTH;
  probe.height = TITLE_BAND;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  for (let i = 0; i < 30; i++) {
    ctx.clearRect(0, 0, WIDTH, TITLE_BAND);
    ctx.drawImage(img, 0, 0, WIDTH, HEIGHT);
    const px = ctx.getImageData(0, 0, WIDTH, TITLE_BAND).data;
    for (let k = 0; k < px.length; k += 4) if ((px[k + 3] as number) > 0 && (px[k] as number) < 120) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "densite-de-population-2024" from a title, for file names. */
export function fileName(title: string, ext: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'carte'}.${ext}`;
}

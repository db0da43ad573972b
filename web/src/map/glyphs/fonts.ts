// The fonts the map draws its labels with, bundled by Vite from @fontsource and served by our own
// server: Latin (with the accents of French and transliterated names), Arabic (with the
// presentation forms the right-to-left shaping produces) and Tifinagh. Nothing comes from a CDN.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import '@fontsource/noto-sans-tifinagh/tifinagh-400.css';
import { FONT_STACKS, type ParsedStack, parseFontStack } from './stacks.ts';

/**
 * Waits until the faces that cover `text` are loaded: with unicode-range subsets the browser
 * fetches a file only when asked for characters it covers, and a canvas never asks.
 */
export async function loadFaces(s: ParsedStack, text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.all(s.families.map((f) => document.fonts.load(`${s.weight} 24px "${f}"`, text).catch(() => [])));
}

/** Starts fetching the Latin faces of the label stacks (every map has some), without waiting. */
export function preloadFaces() {
  for (const stack of Object.values(FONT_STACKS)) void loadFaces(parseFontStack(stack.join(',')), 'Aa');
}

import { setRTLTextPlugin, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// Served by our own server, like everything else the map needs (see vite.config.ts for the alias).
import rtlTextPluginUrl from 'mapbox-gl-rtl-text-plugin?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { preloadFaces } from './glyphs/fonts.ts';
import { registerGlyphProtocol } from './glyphs/protocol.ts';

let done = false;

/**
 * What MapLibre needs once per page, all from our server: its worker (bundled, so the default
 * URL next to the library does not exist), the right-to-left plugin that shapes Arabic labels
 * with ICU (loaded when the first right-to-left label appears), the glyph protocol, and the
 * label fonts, fetched now rather than when the first glyphs are asked for.
 */
export function setupMapLibre() {
  if (done) return;
  done = true;
  setWorkerUrl(new URL(workerUrl, window.location.href).href);
  registerGlyphProtocol();
  preloadFaces();
  setRTLTextPlugin(new URL(rtlTextPluginUrl, window.location.href).href, true).catch((e: unknown) => {
    // MapLibre shapes Arabic on its own as well: labels still read right, only less precisely.
    console.warn('RTL text plugin not loaded', e);
  });
}

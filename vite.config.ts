import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The browser app lives in `web/` and is built to `web/dist`, which the server serves with an SPA
 * fallback (`src/server/static.ts`). `npm run build:web` builds it; in development, `npx vite`
 * serves it with hot reload and forwards /api to a server started with `taawun serve --port 8080`.
 * Nothing is fetched from the internet at run time: the map's fonts, worker and right-to-left
 * plugin are bundled files served by our server, no CDN.
 */
export default defineConfig({
  root: here('./web'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: [
      // The package exports only its ESM source; MapLibre loads the UMD build into its worker.
      {
        find: /^mapbox-gl-rtl-text-plugin/,
        replacement: here('./node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js'),
      },
    ],
  },
  build: {
    outDir: here('./web/dist'),
    emptyOutDir: true,
    sourcemap: true,
    // MapLibre alone is 1.1 MB; it is loaded with the first map, apart from the app's own chunk.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
    // The web app imports the shared translations and pure core modules from src/.
    fs: { allow: [here('.')] },
  },
});

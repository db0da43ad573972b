import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The browser app lives in `web/` and is built to `web/dist`, which the server serves with an SPA
 * fallback (`src/server/static.ts`). `npm run build:web` builds it; in development, `npx vite`
 * serves it with hot reload and forwards /api to a server started with `taawun serve --port 8080`.
 * Nothing is fetched from the internet at run time: fonts are the system's, no CDN.
 */
export default defineConfig({
  root: here('./web'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('./web/dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
    // The web app imports the shared translations and pure core modules from src/.
    fs: { allow: [here('.')] },
  },
});

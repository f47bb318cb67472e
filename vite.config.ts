import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/** The SPA lives in src/web and builds into dist/web, which the Fastify server serves (src/server/plugins/web.ts). */
export default defineConfig({
  root: webRoot,
  publicDir: false,
  plugins: [react(), tailwindcss()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The server's CSP allows scripts and styles from 'self' only; no inlined modulepreload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: a separate chunk stays cached across releases.
        // zod has its own chunk: only pages that validate in the browser (the pre-check) load it, not the home page.
        codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 1 }, { name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
  server: {
    // `vite` alone serves the UI with hot reload; the API comes from `npm run dev` on port 3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

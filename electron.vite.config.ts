// Build of the three Electron targets. Entries are named explicitly: the roots are custom
// (src-main, src-renderer), so electron-vite's conventions (src/main, src/renderer) do not apply.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Native modules (better-sqlite3-multiple-ciphers) and TypeORM stay external: they are
      // listed in `dependencies`, which electron-vite externalises by default.
      // core-worker: core in its worker thread (src-main/core-host), started by main from beside it.
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          'core-worker': resolve(__dirname, 'src-main/core-host/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload may require nothing but 'electron': bundle everything else into it.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'src-main/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // Inline nothing as data: URLs; the CSP allows only app-origin resources.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified; a 2× smaller bundle parses faster on an old
      // laptop. Pages are chunks of their own (features' index: onDemand), loaded on first visit.
      minify: true,
      rolldownOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});

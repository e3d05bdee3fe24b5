/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapPlugin } from './scripts/basemap/vite-plugin.ts';
import { preloadFirstScreen } from './scripts/vite/preload-first-screen.ts';
import { validatedDatasetPlugin } from './scripts/vite/validated-dataset.ts';

// `base: './'` keeps every asset URL relative, so the built app works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    basemapPlugin(),
    // The shipped dataset is validated here, once, rather than on every page load.
    validatedDatasetPlugin(),
    react(),
    // The lazy chunks the first screen needs, fetched with the entry chunk rather than one after another. The charts and
    // the timeline, below the fold, are fetched when they are drawn: fetched here, they slowed the first screen's.
    preloadFirstScreen(['src/data/basemap.json', 'src/views/map/MapView.tsx']),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: {
    port: 4173,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});

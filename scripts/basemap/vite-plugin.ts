/**
 * Generates the basemap at the start of every build and dev server (and unit-test run), so the shipped geometry is
 * always the one the installed world-atlas and the dataset's region give. The file is only written when it changes.
 *
 *   // vite.config.ts
 *   import { basemapPlugin } from './scripts/basemap/vite-plugin';
 *   plugins: [basemapPlugin(), react()],
 */
import type { Plugin } from 'vite';
import { BASEMAP_FILE, writeBasemapIfChanged } from './build.ts';

export function basemapPlugin(): Plugin {
  return {
    name: 'ots-basemap',
    buildStart() {
      if (writeBasemapIfChanged()) this.info(`regenerated ${BASEMAP_FILE}`);
    },
  };
}

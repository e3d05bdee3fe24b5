/**
 * `npm run build:single`: the whole atlas in one HTML file, dist-single/ots-atlas.html, that works opened from disk
 * with no server and no network. Scripts (the lazy chunks included), styles, the basemap and the dataset are inlined.
 */
import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import baseConfig from './vite.config.ts';
import { embedForOfflinePlugin, inlineWorkersPlugin } from './scripts/single-file/vite-plugin.ts';

export default mergeConfig(
  baseConfig,
  defineConfig({
    // Nothing is copied beside the file: the dataset and the icon are in it.
    publicDir: false,
    plugins: [inlineWorkersPlugin(), embedForOfflinePlugin(), viteSingleFile({ outputFileName: 'ots-atlas.html' })],
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      sourcemap: false,
    },
  }),
);

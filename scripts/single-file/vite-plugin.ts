/**
 * Makes the page self-contained for the single-file build (vite.single.config.ts), which opens from disk where nothing
 * can be fetched: the dataset goes into the page as a JSON script element (the loader reads it from there), the icon
 * becomes a data: URL, and the dataset's preload link goes. vite-plugin-singlefile then inlines the scripts and styles.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { EMBEDDED_DATASET_ID, embeddableJson } from '../../src/data/embedded.ts';

const DATASET_FILE = 'public/data/ots.json';
const ICON_FILE = 'public/favicon.svg';

export function embedForOfflinePlugin(): Plugin {
  return {
    name: 'ots-single-file',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const dataset = embeddableJson(readFileSync(DATASET_FILE, 'utf8'));
        const icon = `data:image/svg+xml;base64,${readFileSync(ICON_FILE).toString('base64')}`;
        const preload = /\s*<link rel="preload" href="\.\/data\/ots\.json"[^>]*>/;
        const favicon = /href="\.\/favicon\.svg"/;
        if (!preload.test(html) || !favicon.test(html)) {
          throw new Error('index.html no longer has the dataset preload or the icon link this build rewrites');
        }
        return html
          .replace(preload, '')
          .replace(favicon, `href="${icon}"`)
          .replace('<div id="root"></div>', `<div id="root"></div>\n    <script type="application/json" id="${EMBEDDED_DATASET_ID}">${dataset}</script>`);
      },
    },
  };
}

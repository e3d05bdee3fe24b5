/**
 * Makes the page self-contained for the single-file build (vite.single.config.ts), which opens from disk where nothing
 * can be fetched: the dataset and the shipped briefing go into the page as JSON script elements (the loaders read them from there), the icon
 * becomes a data: URL, and the dataset's preload link goes. vite-plugin-singlefile then inlines the scripts and styles.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { EMBEDDED_BRIEFING_ID, EMBEDDED_DATASET_ID, embeddableJson } from '../../src/data/embedded.ts';

const DATASET_FILE = 'public/data/ots.json';
const BRIEFING_FILE = 'public/data/briefing.json';
const ICON_FILE = 'public/favicon.svg';

export function embedForOfflinePlugin(): Plugin {
  return {
    name: 'ots-single-file',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const dataset = embeddableJson(readFileSync(DATASET_FILE, 'utf8'));
        const briefing = embeddableJson(readFileSync(BRIEFING_FILE, 'utf8'));
        const icon = `data:image/svg+xml;base64,${readFileSync(ICON_FILE).toString('base64')}`;
        const preload = /\s*<link rel="preload" href="\.\/data\/ots\.json"[^>]*>/;
        const favicon = /href="\.\/favicon\.svg"/;
        if (!preload.test(html) || !favicon.test(html)) {
          throw new Error('index.html no longer has the dataset preload or the icon link this build rewrites');
        }
        return html
          .replace(preload, '')
          .replace(favicon, `href="${icon}"`)
          .replace('<div id="root"></div>', [
            '<div id="root"></div>',
            `<script type="application/json" id="${EMBEDDED_DATASET_ID}">${dataset}</script>`,
            `<script type="application/json" id="${EMBEDDED_BRIEFING_ID}">${briefing}</script>`,
          ].join('\n    '));
      },
    },
  };
}

/**
 * A page opened from disk cannot start a worker from a second file: the single file starts the validator worker from
 * code it carries instead (src/data/spawn-validator.inline.ts, a blob: URL), in place of src/data/spawn-validator.ts.
 */
export function inlineWorkersPlugin(): Plugin {
  const hosted = resolve('src/data/spawn-validator.ts');
  const inline = resolve('src/data/spawn-validator.inline.ts');
  return {
    name: 'ots-single-file-workers',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('spawn-validator') || source.includes('.inline')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === hosted ? inline : null;
    },
  };
}

/**
 * Validates the shipped dataset when the atlas is built (and when the dev server or the unit tests start), so that the
 * page need not validate the very same file again on every load.
 *
 * The build fails, listing the problems, when the file does not pass the app's own parser (src/data/validate.ts), or
 * when parsing it would change it (zod drops keys the schema does not know); the dev server only warns, and trusts
 * no digest. Otherwise the SHA-256 digests of the file,
 * as served and as the single-file build embeds it, become `__VALIDATED_DATASETS__`. The app hashes the text it reads
 * (SubtleCrypto, off the main thread) and skips its validation only for text with one of those digests: a file
 * changed after the build, in one byte, is validated in full like any other.
 *
 *   // vite.config.ts
 *   plugins: [validatedDatasetPlugin()]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { embeddableJson } from '../../src/data/embedded.ts';
import { parseDataset } from '../../src/data/validate.ts';

export const SHIPPED_DATASET_FILE = 'public/data/ots.json';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The digests of a dataset file's text that the app may trust, or the reasons it may not. */
export function validatedDigests(text: string): { ok: true; digests: string[] } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = parseDataset(json);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => `${p.path || '(root)'}: ${p.message}`) };
  if (!isDeepStrictEqual(result.dataset, json)) {
    return { ok: false, problems: ['parsing it changes it (a key the schema does not know?): the app could not use it as it is'] };
  }
  return { ok: true, digests: [...new Set([sha256(text), sha256(embeddableJson(text))])] };
}

export function validatedDatasetPlugin(file = SHIPPED_DATASET_FILE): Plugin {
  return {
    name: 'ots-validated-dataset',
    config(_config, { command }) {
      const checked = validatedDigests(readFileSync(file, 'utf8'));
      if (!checked.ok) {
        const message = `${file} does not validate:\n${checked.problems.slice(0, 20).map((p) => `  - ${p}`).join('\n')}`;
        // A build must not ship it; the dev server still starts, and the page shows the problems.
        if (command === 'build') throw new Error(message);
        console.warn(message);
      }
      return { define: { __VALIDATED_DATASETS__: JSON.stringify(checked.ok ? checked.digests : []) } };
    },
  };
}

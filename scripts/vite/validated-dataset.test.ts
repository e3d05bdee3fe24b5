import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddableJson } from '../../src/data/embedded';
import { SHIPPED_DATASET_FILE, validatedDigests } from './validated-dataset';

const shipped = readFileSync(SHIPPED_DATASET_FILE, 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('validatedDigests', () => {
  it('trusts the shipped dataset, as served and as the single file embeds it', () => {
    const checked = validatedDigests(shipped);
    expect(checked).toEqual({ ok: true, digests: [sha256(shipped), sha256(embeddableJson(shipped))] });
  });

  it('trusts no file that fails validation, and says why', () => {
    const json = JSON.parse(shipped) as { entities: Array<{ id: string }> };
    json.entities[0]!.id = json.entities[1]!.id;
    const checked = validatedDigests(JSON.stringify(json));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.join('\n')).toMatch(/^entities\[1\]\.id: duplicate id/m);
    expect(validatedDigests('{"entities": [')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not valid JSON/)] });
  });

  it('trusts no file that validation would change (a key the schema drops)', () => {
    const json = JSON.parse(shipped) as Record<string, unknown>;
    json.unexpected = 'kept by JSON.parse, dropped by the parser';
    const checked = validatedDigests(JSON.stringify(json));
    expect(checked).toEqual({ ok: false, problems: [expect.stringMatching(/parsing it changes it/)] });
  });
});

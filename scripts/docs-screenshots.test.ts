// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './docs-screenshots.mjs';

/** A PNG's width and height, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the README's screenshots", () => {
  const readme = readFileSync('README.md', 'utf8');

  it('are the ones the screenshot script makes from the build: the overview and briefing mode', () => {
    expect(SHOTS.map((s) => s.query)).toEqual(['', expect.stringMatching(/^\?slide=\d+$/)]);
    for (const shot of SHOTS) expect(readme, `README shows ${shot.file}`).toContain(`![${shot.alt}](${shot.file})`);
    // No other picture in the README, which the script would not keep up to date.
    expect([...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1])).toEqual(SHOTS.map((s) => s.file));
  });

  it('are in the repository at the size the script takes them', () => {
    for (const shot of SHOTS) expect(pngSize(shot.file), shot.file).toEqual({ width: shot.width, height: shot.height });
  });
});

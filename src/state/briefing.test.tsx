import { readFileSync } from 'node:fs';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBriefing } from '../data/briefing';
import type { Briefing } from '../data/briefing-schema';
import { renderWithDataset } from '../test/render';
import { useBriefing } from './briefing';
import { BRIEFING_STORAGE_KEY, setStorageForTests } from './briefing-store';
import { browserStorage, storedText } from './briefing-storage';

const parsed = parseBriefing(JSON.parse(readFileSync('public/data/briefing.json', 'utf8')));
if (!parsed.ok) throw new Error('the shipped briefing does not parse');
const shipped: Briefing = parsed.briefing;

function Probe() {
  const inUse = useBriefing(false);
  return (
    <p>
      {inUse.status} · {inUse.origin} · {inUse.briefing?.title ?? 'none'} · {inUse.held ? `${inUse.held.kind}: ${inUse.held.problems.map((p) => p.path).join(', ')}` : 'usable'}
    </p>
  );
}

afterEach(() => {
  localStorage.clear();
  return setStorageForTests(browserStorage);
});

describe('the stored briefing, checked against the dataset in use', () => {
  it('is used when everything it names is in the dataset', async () => {
    localStorage.setItem(BRIEFING_STORAGE_KEY, storedText({ ...shipped, title: 'Mine' }));
    await setStorageForTests(browserStorage);
    renderWithDataset(<Probe />);
    expect(await screen.findByText('success · yours · Mine · usable')).toBeInTheDocument();
  });

  it('is not used, but kept and reported, when a slide names a state and a year the dataset does not have', async () => {
    const [first, ...rest] = shipped.slides;
    const mine = { ...shipped, title: 'Mine', slides: [{ ...first!, view: { ...first!.view, stateId: 'ZZZ', year: 1950 } }, ...rest] };
    localStorage.setItem(BRIEFING_STORAGE_KEY, storedText(mine));
    await setStorageForTests(browserStorage);
    renderWithDataset(<Probe />);
    await waitFor(() => expect(screen.getByText(/mismatch: slides\[0\]\.view\.stateId, slides\[0\]\.view\.year$/)).toBeInTheDocument());
    expect(screen.getByText(/ · shipped · /)).toBeInTheDocument();
    expect(localStorage.getItem(BRIEFING_STORAGE_KEY)).toBe(storedText(mine));
  });
});

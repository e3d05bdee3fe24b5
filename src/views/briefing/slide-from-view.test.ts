import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset } from '../../data/validate';
import { DEFAULT_VIEW } from '../../state/store';
import { describeView, slideFromView } from './slide-from-view';

const result = parseDataset(JSON.parse(readFileSync('public/data/ots.json', 'utf8')));
if (!result.ok) throw new Error('the bundled dataset does not parse');
const dataset = result.dataset;

describe('slideFromView', () => {
  it('titles a state slide with its name and year, and carries the sources of its status', () => {
    const slide = slideFromView({ ...DEFAULT_VIEW, stateId: 'UZB' }, dataset, 2025, 's1');
    expect(slide.title).toBe('Uzbekistan, 2025');
    expect(slide.sources).toEqual(['wikipedia-list-turkic-council-summits', 'kazinform-nursultan-nazarbayev-attends-summit']);
    expect(slide.view).toEqual({ ...DEFAULT_VIEW, stateId: 'UZB' });
  });

  it('titles an event slide with the event and a corridor slide with its short name', () => {
    expect(slideFromView({ ...DEFAULT_VIEW, eventId: 'gabala-2025', year: 2025 }, dataset, 2025, 's2').title).toBe(
      '12th Summit, Gabala, 7 October 2025',
    );
    const corridor = slideFromView({ ...DEFAULT_VIEW, corridorId: 'middle-corridor', year: 2019 }, dataset, 2025, 's3');
    expect(corridor.title).toBe('Middle Corridor, 2019');
    expect(corridor.sources).toContain('silkroute');
  });

  it('titles the overview with the year and scope, with no sources of its own', () => {
    const slide = slideFromView({ ...DEFAULT_VIEW, scope: 'all' }, dataset, 2025, 's4');
    expect(slide).toMatchObject({ title: 'The OTS in 2025 (members and observers)', sources: [], panel: 'map', note: '' });
  });
});

describe('describeView', () => {
  it('says what a slide selects, in which year and scope', () => {
    const slide = slideFromView({ ...DEFAULT_VIEW, stateId: 'KAZ', year: 2018, scope: 'all' }, dataset, 2025, 's5');
    expect(describeView(slide.view, dataset, 2025)).toBe('Kazakhstan · 2018 · members and observers');
  });
});

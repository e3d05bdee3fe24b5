import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClaimsView } from './ClaimsView';
import { renderWithDataset } from '../../test/render';
import { useAtlasStore } from '../../state/store';
import { csvTextLines } from '../../test/csv-lines';
import { catchDownloads, preferReducedMotion } from '../charts/testing';

let undo: () => void = () => {};
beforeAll(() => {
  undo = preferReducedMotion();
});
afterAll(() => undo());

const view = () => screen.getByRole('region', { name: 'Claims about the OTS' });
const card = (words: string) => within(view()).getByRole('listitem', { name: words });

describe('ClaimsView', () => {
  it('lists every claim with its speaker, the verdict for its own scope and period first', () => {
    renderWithDataset(<ClaimsView />);
    const cards = within(view()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(cards).toHaveLength(6);
    const population = card('well over 160 million people');
    expect(population).toHaveTextContent('Luke Coffey, late 2025');
    expect(population).toHaveTextContent('Holds for members and observers, 2024: 177.4 million, 17.4 million above 160 million.');
    expect(population).toHaveTextContent('Members, 2024: 159.9 million, 102,211 below 160 million (does not hold)');
    expect(population).toHaveTextContent('Includes Northern Cyprus: approximate official estimate, contested.');

    const gdp = card('a combined gross domestic product approaching $2 trillion');
    expect(gdp).toHaveTextContent('Does not hold for members and observers, 2024: at least $2.13 tn, $132 bn above $2 tn.');
    expect(gdp).toHaveTextContent('Northern Cyprus has no 2024 figure, so this is a lower bound.');
    expect(gdp).toHaveTextContent('Members, 2024: $1.86 tn, $135 bn below $2 tn (holds)');
    expect(gdp).toHaveTextContent('In 2025, the year chosen, members: $2.15 tn, $149 bn above $2 tn (does not hold)');

    const area = card('roughly 1.6 million square miles');
    expect(area).toHaveTextContent('Does not hold for members and observers, 2024: 1.86 million sq mi (4,826,896 km²), 16.5% above 1.6 million sq mi.');
    expect(area).toHaveTextContent('Members, 2024: 1.64 million sq mi (4,242,413 km²), 2.4% above 1.6 million sq mi (holds)');

    for (const words of ['well over 160 million people', 'roughly 1.6 million square miles', 'a combined gross domestic product approaching $2 trillion']) {
      expect(card(words)).toHaveTextContent(
        'Its sentence gives 3 figures for “OTS members and observers collectively”, and no one set of states fits them all: the population fits only the members and observers; the area and the GDP fit only the members.',
      );
    }
    const fields = card('the organization expanded its cooperation areas to more than forty fields');
    expect(fields).toHaveTextContent('Vasif Huseynov, after 7 Oct 2025');
    expect(fields).toHaveTextContent('Cannot be checked: The dataset has no list of the fields the OTS cooperates in, so there is nothing to count.');
    expect(fields).not.toHaveTextContent('..');
  });

  it('opens the atlas at a claim’s view from its link, with a real address to copy', async () => {
    const user = userEvent.setup();
    renderWithDataset(<ClaimsView />);
    const link = within(card('well over 160 million people')).getByRole('link', { name: 'Open its view: 2024, members and observers' });
    expect(link.getAttribute('href')).toMatch(/\?year=2024&scope=all$/);
    useAtlasStore.getState().actions.stateSelected('KAZ');
    await user.click(link);
    expect(useAtlasStore.getState()).toMatchObject({ year: 2024, scope: 'all', stateId: null });
    const trade = within(card('intra-Turkic trade grew from 3 to 7 percent of total trade volume')).getByRole('link', { name: /^Open its view/ });
    expect(trade).toHaveTextContent('Open its view: 2025, members, trade panel');
  });

  it('is a table too, and downloads as CSV with the sources', async () => {
    const user = userEvent.setup();
    const downloads = catchDownloads();
    try {
      renderWithDataset(<ClaimsView />);
      await user.click(within(view()).getByRole('button', { name: 'Show table of the claims' }));
      const table = within(view()).getByRole('table', { name: /^Claims about the OTS, each checked/ });
      expect(within(table).getAllByRole('row')).toHaveLength(7);
      const row = within(table).getByRole('row', { name: /^well over 160 million people/ });
      expect(within(row).getAllByRole('cell').map((c) => c.textContent).slice(0, 4)).toEqual([
        'Luke Coffey',
        'late 2025',
        'OTS members and observers collectively',
        'Holds (Members and observers, 2024)',
      ]);
      await user.click(within(view()).getByRole('button', { name: 'Export the claims' }));
      await user.click(within(view()).getByRole('button', { name: 'Download CSV data of the claims' }));
      await waitFor(() => expect(downloads.files.map((f) => f.fileName)).toEqual(['ots-claims-checked.csv']));
      const lines = csvTextLines(await downloads.files[0]!.blob.text());
      expect(lines[0]).toBe('# OTS Atlas: claims made about the OTS, each checked for the set of states and the period its speaker stated');
      const national = lines.indexOf('# Source: The National Interest: Why the US Must Include the Organization of Turkic States in Its Central Asia Policy (no page of the publisher’s own)');
      expect(national).toBeGreaterThan(0);
      expect(lines[national + 1]).toMatch(/^# {3}Article by Luke Coffey\. Quoted in a news report headed /);
      expect(lines.some((l) => l.startsWith('# Source: World Bank: World Development Indicators: GDP'))).toBe(true);
      const gdp = lines.find((l) => l.startsWith('coffey-gdp,'));
      expect(gdp).toContain(',Does not hold,"at least $2.13 tn, $132 bn above $2 tn",');
      expect(gdp).toMatch(/,http:\/\/[^,]*\?year=2024&scope=all,/);
    } finally {
      downloads.restore();
    }
  });
});

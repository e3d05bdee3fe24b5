import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TradePanel } from './TradePanel';
import { renderWithDataset } from '../../test/render';
import { useAtlasStore } from '../../state/store';
import { catchDownloads, installResizeObserver, preferReducedMotion } from './testing';
import { csvTextLines } from '../../test/csv-lines';

let undo: (() => void)[] = [];
beforeAll(() => {
  undo = [installResizeObserver(), preferReducedMotion()];
});
afterAll(() => undo.forEach((u) => u()));

const panel = () => screen.getByRole('region', { name: 'Intra-OTS trade' });
const store = () => useAtlasStore.getState();
const mark = (id: string) => panel().querySelector(`[data-observation="${id}"]`) as Element;

async function openTable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(panel()).getByRole('button', { name: 'Show table of intra-OTS trade' }));
  return within(panel()).getByRole('table');
}

// Three SVG charts in jsdom: allow for a slow machine rather than fail on time.
describe('TradePanel', { timeout: 20_000 }, () => {
  it('plots volumes and shares on two charts, each with its own unit', () => {
    renderWithDataset(<TradePanel />);
    expect(within(panel()).getByRole('application', { name: 'Trade among the members, US$ bn, as reported' })).toBeInTheDocument();
    expect(within(panel()).getByRole('application', { name: /^Share of the members’ total trade, %, as reported/ })).toBeInTheDocument();
    expect(mark('intra-volume-2022-omer-bolat')).not.toBeNull();
    expect(mark('intra-share-2021-uzbekistan-mfa')).not.toBeNull();
    // Unclear scope and single-state figures are never mixed into the OTS-wide series.
    expect(mark('intra-volume-2021-kazakh-trade-integration')).toBeNull();
  });

  it('shows the "3 to 7 percent" claim against the reported shares, with its status', () => {
    renderWithDataset(<TradePanel />);
    const claim = within(panel()).getByRole('region', { name: /^Claim: intra-Turkic trade grew from 3 to 7 percent/ });
    expect(claim).toHaveTextContent('Cannot be checked.');
    expect(claim).toHaveTextContent('No source reports 7% as a figure.');
    const lines = [...panel().querySelectorAll('.claim-line-label')].map((t) => t.textContent);
    expect(lines).toEqual(['claim: 3%', 'claim: 7%']);
  });

  it('makes the disagreement over 2023 visible rather than hiding it', () => {
    renderWithDataset(<TradePanel />);
    expect(panel()).toHaveTextContent(
      'Sources differ on 2023 (volume): more than $22 bn (Kassym-Jomart Tokayev, 2023 (partial year)); $42 bn (Ömer Bolat, 2023); about $42.3 bn (Kubanychbek Omuraliev, recent (c. 2023)). All are shown; none is averaged.',
    );
    expect(panel().querySelectorAll('.trade-conflict')).toHaveLength(1);
    // A hollow mark for a year the compilers had to read from a vague period; a triangle for "more than".
    expect(mark('intra-volume-2023-kubanychbek-omuraliev').getAttribute('fill')).toBe('#ffffff');
    expect(mark('intra-volume-2023-kassym-jomart-tokayev').tagName).toBe('polygon');
  });

  it('lists the statements it leaves out, with why', async () => {
    const user = userEvent.setup();
    renderWithDataset(<TradePanel />);
    await user.click(within(panel()).getByText(/^Not plotted: 5 statements/));
    expect(panel()).toHaveTextContent('$15 bn (2021; "trade turnover between the states"');
    expect(panel()).toHaveTextContent('Left out: scope unclear.');
  });

  it('marks the selected year, and chooses a year when one is clicked', async () => {
    const user = userEvent.setup();
    act(() => store().actions.yearChanged(2019));
    renderWithDataset(<TradePanel />);
    await waitFor(() => expect([...panel().querySelectorAll('.chart-marker--year')].map((t) => t.textContent)).toEqual(['2019', '2019']));
    act(() => store().actions.yearChanged(2023));
    await waitFor(() => expect([...panel().querySelectorAll('.trade-rings rect')].map((r) => r.getAttribute('data-observation'))).toEqual([
      'intra-volume-2023-kassym-jomart-tokayev',
      'intra-volume-2023-omer-bolat',
      'intra-volume-2023-kubanychbek-omuraliev',
      'intra-share-2023-kubanychbek-omuraliev',
    ]));
    await user.click(mark('intra-volume-2022-omer-bolat'));
    expect(store().year).toBe(2022);
    await user.click(panel().querySelector('.year-strip [data-year="2016"]') as Element);
    expect(store().year).toBe(2016);
    act(() => store().actions.yearChanged(2010));
    expect(panel().querySelectorAll('.chart-marker--year')).toHaveLength(0);
  });

  it('tells who stated a figure and when, in its tooltip and the table alike', async () => {
    const user = userEvent.setup();
    act(() => store().actions.yearChanged(2023));
    renderWithDataset(<TradePanel />);
    await user.hover(mark('intra-volume-2023-kassym-jomart-tokayev'));
    await waitFor(() => expect(panel().querySelector('.chart-tooltip')).not.toBeNull());
    const tooltip = panel().querySelector('.chart-tooltip') as HTMLElement;
    expect(tooltip).toHaveTextContent('more than $22 bn (US$ billion a year)');
    expect(tooltip).toHaveTextContent('Period as reported2023 (partial year)');
    expect(tooltip).toHaveTextContent('Stated byKassym-Jomart Tokayev, President of Kazakhstan, 10th OTS summit');
    expect(tooltip).toHaveTextContent('When3 November 2023');
    expect(tooltip).toHaveTextContent('SourceTrend News Agency');
    expect(tooltip).toHaveTextContent('Other figures for 2023: $42 bn (Ömer Bolat); about $42.3 bn (Kubanychbek Omuraliev).');

    const table = await openTable(user);
    const row = within(table).getByRole('row', { name: /^2023 Volume more than \$22 bn/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual([
      'Volume',
      'more than $22 bn (lower bound)',
      '2023 (partial year)',
      'Kassym-Jomart Tokayev, President of Kazakhstan, 10th OTS summit',
      '3 November 2023',
      'Trend News Agency',
    ]);
    expect(row).toHaveAttribute('aria-current', 'true');
    const undated = within(table).getByRole('row', { name: /\$42–57 bn.*Vusal Guliyev/ });
    expect(within(undated).getByRole('rowheader')).toHaveTextContent('no year given');
  });

  it('downloads the figures shown as CSV, with who said them and the sources', async () => {
    const user = userEvent.setup();
    const downloads = catchDownloads();
    try {
      renderWithDataset(<TradePanel />);
      await user.click(within(panel()).getByRole('button', { name: 'Export intra-OTS trade' }));
      await user.click(within(panel()).getByRole('button', { name: 'Download CSV data of intra-OTS trade' }));
      // The exporters load on first use.
      await waitFor(() => expect(downloads.files.map((f) => f.fileName)).toEqual(['ots-intra-trade-as-reported.csv']));
      const lines = csvTextLines(await downloads.files[0]!.blob.text());
      expect(lines[0]).toMatch(/^# OTS Atlas: intra-OTS trade as reported/);
      expect(lines[1]).toBe('# Units: intra-volume in US$ billion a year; intra-share in percent of the members’ total foreign trade.');
      expect(lines).toContain('# Data as of 2026-07-13.');
      expect(lines).toContain(
        'metric,year,year approximate,period as reported,value,range low,range high,unit,qualifier,stated by,stated on,differs from,sources,note',
      );
      const omuraliev = lines.find((l) => l.startsWith('intra-volume,2023,yes,'));
      expect(omuraliev).toMatch(/^intra-volume,2023,yes,recent \(c\. 2023\),42\.3,,,USD bn,approximately,/);
      expect(lines.find((l) => l.includes('Vusal Guliyev') && l.startsWith('intra-volume'))).toMatch(/^intra-volume,,no,recent \(estimate range\),,42,57,USD bn,/);
      expect(lines.filter((l) => l.startsWith('intra-'))).toHaveLength(14);
      expect(lines.some((l) => l.includes('QazTrade'))).toBe(false);
    } finally {
      downloads.restore();
    }
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GdpPanel } from './GdpPanel';
import { gdpSeries } from '../../data/series';
import type * as SeriesModuleNs from '../../data/series';

type SeriesModule = typeof SeriesModuleNs;
import { renderWithDataset } from '../../test/render';
import { useAtlasStore } from '../../state/store';
import { catchDownloads, installResizeObserver, preferReducedMotion } from './testing';
import { csvTextLines } from '../../test/csv-lines';

vi.mock('../../data/series', async (importOriginal) => {
  const actual = await importOriginal<SeriesModule>();
  return { ...actual, gdpSeries: vi.fn(actual.gdpSeries) };
});

let undo: (() => void)[] = [];
beforeAll(() => {
  undo = [installResizeObserver(), preferReducedMotion()];
});
afterAll(() => undo.forEach((u) => u()));
afterEach(() => vi.mocked(gdpSeries).mockClear());

const panel = () => screen.getByRole('region', { name: /^GDP( per person)?$/ });
const store = () => useAtlasStore.getState();
const legend = () => within(panel()).getByRole('list', { name: /^States in the GDP/ });
const chart = () => within(panel()).getByRole('application');
const seriesPaths = (id: string) => [...panel().querySelectorAll(`path[data-series="${id}"]`)];

async function openTable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(panel()).getByRole('button', { name: /^Show table of GDP/ }));
  return within(panel()).getByRole('table');
}

/** A year's row, found by its row header (name queries over every row of a 26-row table are slow in jsdom). */
function row(table: HTMLElement, year: number): HTMLElement {
  const header = within(table).getByText(String(year), { selector: 'th[scope="row"] button' });
  return header.closest('tr') as HTMLElement;
}
const cellTexts = (tr: HTMLElement) => [...tr.querySelectorAll('td')].map((c) => c.textContent);

// An SVG chart in jsdom: allow for a slow machine rather than fail on time.
describe('GdpPanel', { timeout: 20_000 }, () => {
  it('draws the stacked total, states the rule in force and its unit', () => {
    renderWithDataset(<GdpPanel />);
    expect(panel()).toHaveTextContent('current US$, 2000–2025');
    expect(panel()).toHaveTextContent(
      'Counted from the year each joined: Azerbaijan, Kazakhstan, Kyrgyzstan and Türkiye from 2009; Uzbekistan from 2019.',
    );
    expect(seriesPaths('TUR').length).toBeGreaterThan(0);
    expect(panel()).toHaveTextContent('Source: World Bank. GDP release: WDI, last updated 2026-07-13. Data as of 13 July 2026.');
  });

  it('highlights a state selected elsewhere, in the chart, the legend and the table', async () => {
    const user = userEvent.setup();
    act(() => store().actions.stateSelected('TUR'));
    renderWithDataset(<GdpPanel />);
    expect(within(legend()).getByRole('button', { name: 'Türkiye' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(legend()).getByRole('button', { name: 'Uzbekistan' })).toHaveAttribute('aria-pressed', 'false');
    // As drawn: the highlight is a style sheet over the series.
    const curve = (id: string) => seriesPaths(id).find((p) => p.classList.contains('recharts-area-curve'))!;
    const area = (id: string) => seriesPaths(id).find((p) => p.classList.contains('recharts-area-area'))!;
    expect(getComputedStyle(curve('TUR')).strokeWidth).toBe('3px');
    expect(getComputedStyle(curve('TUR')).stroke).toBe('rgb(20, 32, 43)');
    expect(getComputedStyle(area('TUR')).fillOpacity).not.toBe('0.22');
    expect(getComputedStyle(area('KAZ')).fillOpacity).toBe('0.22');
    expect(getComputedStyle(curve('KAZ')).strokeWidth).not.toBe('3px');
    const table = await openTable(user);
    expect(within(table).getByRole('columnheader', { name: 'Türkiye' })).toHaveAttribute('aria-current', 'true');
    expect(within(table).getByRole('columnheader', { name: 'Kazakhstan' })).not.toHaveAttribute('aria-current');
  });

  it('highlights the states a selected corridor crosses', () => {
    act(() => store().actions.corridorSelected('middle-corridor'));
    renderWithDataset(<GdpPanel />);
    const pressed = within(legend()).getAllByRole('button', { pressed: true }).map((b) => b.textContent);
    expect(pressed).toEqual(['Azerbaijan', 'Kazakhstan', 'Türkiye']);
  });

  it('selects a state from the legend and clears it on a second press', async () => {
    const user = userEvent.setup();
    renderWithDataset(<GdpPanel />);
    await user.click(within(legend()).getByRole('button', { name: 'Kazakhstan' }));
    expect(store().stateId).toBe('KAZ');
    await user.click(within(legend()).getByRole('button', { name: 'Kazakhstan' }));
    expect(store().stateId).toBeNull();
  });

  it('shows the same numbers in the table, missing values as missing with the reason', async () => {
    const user = userEvent.setup();
    act(() => store().actions.yearChanged(2019));
    renderWithDataset(<GdpPanel />);
    const table = await openTable(user);
    // The caption names the unit of every figure in the table.
    expect(table).toHaveAccessibleName('GDP of the members, 2000–2025, current US$, stacked to the OTS total. Figures in US$ billions.');
    // The states by their codes, named in full; the total last.
    const shown = (h: HTMLElement) => (h.querySelector('[aria-hidden="true"]') ?? h).textContent;
    expect(within(table).getAllByRole('columnheader').map(shown)).toEqual(['Year', 'AZE', 'KAZ', 'KGZ', 'TUR', 'UZB', 'OTS total']);
    for (const name of ['Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Türkiye', 'Uzbekistan']) {
      expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
    }
    // 2018: before Uzbekistan joined; 47.1 + 179.3 + 8.27 + 788.4 bn = 1,023 bn. One precision per column, set by its
    // largest figure: Azerbaijan's and Kyrgyzstan's to a tenth, the larger columns to a billion.
    expect(cellTexts(row(table, 2018))).toEqual(['47.1', '179', '8.3', '788', '—anot yet a member or observer', '1,023']);
    expect(cellTexts(row(table, 2019)).slice(-2)).toEqual(['70', '1,085']);
    expect(cellTexts(row(table, 2011))[0]).toBe('66.0');
    expect(row(table, 2019)).toHaveAttribute('aria-current', 'true');
    expect(row(table, 2018)).not.toHaveAttribute('aria-current');
    // Before the founding nothing is counted: one row says so, no zero anywhere.
    const idle = within(table).getByText('2000–2008').closest('tr') as HTMLElement;
    expect(idle).toHaveTextContent('No state counted yet: each counts from the year it joined.');
    expect(within(table).queryByText('2005')).toBeNull();
    expect(panel()).toHaveTextContent('AZE: Azerbaijan, KAZ: Kazakhstan, KGZ: Kyrgyzstan, TUR: Türkiye, UZB: Uzbekistan. — means missing, never zero.');
  });

  it('chooses a year or a state from the table headers', async () => {
    const user = userEvent.setup();
    renderWithDataset(<GdpPanel />);
    const table = await openTable(user);
    await user.click(within(table).getByRole('button', { name: '2012' }));
    expect(store().year).toBe(2012);
    await user.click(within(table).getByRole('button', { name: 'Kyrgyzstan' }));
    expect(store().stateId).toBe('KGZ');
  });

  it('computes GDP per person, labelled as computed, and leaves 2025 missing (no population figure)', async () => {
    const user = userEvent.setup();
    renderWithDataset(<GdpPanel />);
    await user.click(within(panel()).getByRole('radio', { name: 'Per person' }));
    expect(panel()).toHaveTextContent('computed: GDP ÷ population (different World Bank releases)');
    const table = await openTable(user);
    // 775,853,144,222.613 / 82,579,440
    expect(cellTexts(row(table, 2019))[3]).toBe('9,395');
    expect(cellTexts(row(table, 2025))[3]).toBe('—cno population figure');
    expect(within(table).getAllByRole('columnheader').at(-1)).toHaveTextContent('OTS combined');
  });

  it('shows Northern Cyprus’s two figures as points, and its other years as missing', async () => {
    const user = userEvent.setup();
    act(() => store().actions.scopeChanged('all'));
    renderWithDataset(<GdpPanel />);
    await user.click(within(panel()).getByRole('radio', { name: 'Today’s line-up' }));
    await user.click(within(panel()).getByRole('radio', { name: 'By state' }));
    expect(panel()).toHaveTextContent('Today’s members and observers (2026) are counted in every year');
    const points = [...panel().querySelectorAll('.chart-isolated-point')].map((c) => c.getAttribute('data-year'));
    expect(points).toEqual(['2014', '2022']);
    // Selecting it outlines its points too: they follow the highlight without the chart being drawn again.
    const radii = () => [...panel().querySelectorAll('.chart-isolated-point')].map((c) => c.getAttribute('r'));
    expect(radii()).toEqual(['5.5', '5.5']);
    act(() => store().actions.stateSelected('CYN'));
    expect(radii()).toEqual(['7', '7']);
    const table = await openTable(user);
    expect(cellTexts(row(table, 2014)).at(-1)).toBe('4.04');
    expect(cellTexts(row(table, 2015)).at(-1)).toBe('—bno GDP figure');
  });

  it('says when the selected state is an observer left out of the members, and offers to include observers', async () => {
    const user = userEvent.setup();
    act(() => store().actions.stateSelected('HUN'));
    renderWithDataset(<GdpPanel />);
    expect(within(panel()).getByRole('status')).toHaveTextContent('Hungary is an observer, not counted with the members.');
    await user.click(within(panel()).getByRole('button', { name: 'Include observers' }));
    expect(store().scope).toBe('all');
    expect(within(legend()).getByRole('button', { name: 'Hungary' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('marks the selected year, and the selected event at its date, labelled with its title', async () => {
    act(() => store().actions.eventSelected('baku-2019', 2019));
    renderWithDataset(<GdpPanel />);
    expect(panel()).toHaveTextContent('7th Summit, 15 October 2019');
    await waitFor(() => expect(panel().querySelector('.chart-marker--event')).toHaveTextContent('◆ 7th Summit'));
    expect(panel().querySelector('.chart-marker--year')).toHaveTextContent('2019');
    // 15 October is 287 days into 2019: the event's marker stands at its date, not at the start of the year.
    expect(Number(panel().querySelector('.chart-xmarker--event')?.getAttribute('data-x'))).toBeCloseTo(2019 + 287 / 365, 6);
    act(() => store().actions.yearChanged(2026));
    expect(panel()).toHaveTextContent('No GDP figures for 2026: the series run from 2000 to 2025.');
    expect(panel().querySelector('.chart-marker--year')).toBeNull();
  });

  it('names the latest earlier GDP figure, with its year, of a state that has none for the year', async () => {
    const user = userEvent.setup();
    act(() => store().actions.scopeChanged('all'));
    act(() => store().actions.yearChanged(2019));
    renderWithDataset(<GdpPanel />);
    act(() => chart().focus());
    await user.keyboard('{ArrowRight}'.repeat(24));
    const tooltip = () => panel().querySelector('.chart-tooltip');
    await waitFor(() => expect(tooltip()).toHaveTextContent(/^2024/));
    expect(tooltip()).toHaveTextContent('No GDP figure: Northern Cyprus (latest: $4.46 bn in 2022) (left out of the total).');
  });

  it('lets the keyboard step through the years and choose one, without rebuilding the series', async () => {
    const user = userEvent.setup();
    act(() => store().actions.yearChanged(2019));
    renderWithDataset(<GdpPanel />);
    const builds = vi.mocked(gdpSeries).mock.calls.length;
    act(() => chart().focus());
    await user.keyboard('{ArrowRight}');
    const tooltip = () => panel().querySelector('.chart-tooltip');
    await waitFor(() => expect(tooltip()).toHaveTextContent(/^2001Not yet a member or observer: Uzbekistan, Türkiye, Kyrgyzstan, Kazakhstan and Azerbaijan\.Source: no figure this year$/));
    expect(store().year).toBe(2019); // looking never changes the selection
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(tooltip()).toHaveTextContent(/^2003/));
    await user.keyboard('{Enter}');
    expect(store().year).toBe(2003);
    act(() => store().actions.stateSelected('TUR'));
    expect(vi.mocked(gdpSeries).mock.calls.length).toBe(builds);
  });

  it('downloads the numbers shown as CSV, with units, the rule and sources in the header', async () => {
    const user = userEvent.setup();
    const downloads = catchDownloads();
    try {
      renderWithDataset(<GdpPanel />);
      await user.click(within(panel()).getByRole('button', { name: 'Export GDP' }));
      await user.click(within(panel()).getByRole('button', { name: 'Download CSV data of GDP' }));
      // The exporters load on first use.
      await waitFor(() => expect(downloads.files.map((f) => f.fileName)).toEqual(['ots-gdp-2000-2025-members-since-joining.csv']));
      const lines = csvTextLines(await downloads.files[0]!.blob.text());
      expect(lines[0]).toBe('# OTS Atlas: GDP, members, 2000–2025');
      expect(lines[1]).toMatch(/^# Unit: current US\$\./);
      expect(lines[2]).toMatch(/^# Rule: Counted from the year each joined: Azerbaijan, Kazakhstan, Kyrgyzstan and Türkiye from 2009; Uzbekistan from 2019\./);
      expect(lines).toContain(
        '# Source: World Bank: World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD (WDI bulk CSV, last updated 2026-07-13) <https://data.worldbank.org/indicator/NY.GDP.MKTP.CD>',
      );
      // The copy the figures were read from is a second line, never the source.
      const copy = lines[lines.indexOf('# Source: World Bank: World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD (WDI bulk CSV, last updated 2026-07-13) <https://data.worldbank.org/indicator/NY.GDP.MKTP.CD>') + 1];
      expect(copy).toMatch(/^# {3}retrieved from .* <https:\/\/github\.com\/YourFavouriteDataSuperstar\/.*\.csv>$/);
      expect(lines).toContain('# Data as of 2026-07-13.');
      expect(lines).toContain('year,Azerbaijan,Kazakhstan,Kyrgyzstan,Türkiye,Uzbekistan,OTS total,OTS total leaves out,missing values');
      // Full precision as in the dataset; Uzbekistan empty (not zero) with the reason.
      expect(lines).toContain(
        '2018,47112470051.7701,179339977690.485,8271106235.41552,788356985773.667,,1023080539751.3376,,Uzbekistan: not yet a member or observer',
      );
    } finally {
      downloads.restore();
    }
  });
});

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

async function openTable(user: ReturnType<typeof userEvent.setup>, name = /^Intra-OTS trade as reported/) {
  await user.click(within(panel()).getByRole('button', { name: 'Show table of intra-OTS trade' }));
  return within(panel()).getByRole('table', { name });
}

// Three SVG charts in jsdom: allow for a slow machine rather than fail on time.
describe('TradePanel', { timeout: 20_000 }, () => {
  it('plots volumes and shares on two charts, each with its own unit', () => {
    renderWithDataset(<TradePanel />);
    expect(within(panel()).getByRole('application', { name: /^Trade among the members, US\$ bn: computed from both sides’ reports, and as reported/ })).toBeInTheDocument();
    expect(within(panel()).getByRole('application', { name: /^Share of the members’ total trade, %: computed and as reported/ })).toBeInTheDocument();
    expect(mark('intra-volume-2022-omer-bolat')).not.toBeNull();
    expect(mark('intra-share-2021-uzbekistan-mfa')).not.toBeNull();
    // Unclear scope and single-state figures are never mixed into the OTS-wide series.
    expect(mark('intra-volume-2021-kazakh-trade-integration')).toBeNull();
  });

  it('shows the "3 to 7 percent" claim with its speaker and period, checked against the measured and the stated shares', () => {
    renderWithDataset(<TradePanel />);
    const claim = within(panel()).getByRole('region', { name: /^Claim: intra-Turkic trade grew from 3 to 7 percent/ });
    expect(claim).toHaveTextContent('Vasif Huseynov, senior advisor, Center of Analysis of International Relations (AIR Center)');
    expect(claim).toHaveTextContent('6 November 2024 to 7 October 2025, the years 2024–2025');
    expect(claim).toHaveTextContent(
      'Cannot be checked for members, 2024–2025: no measured share for 2024–2025: the IMF figures end in 2020; in 2020, the last year measured, 4.81% from the states’ own reports, 4.81% from their partners’.',
    );
    expect(claim).toHaveTextContent('Measured 2009–2020 (members counted since joining): from 2.24% (2017) to 4.83% (2019); never 7%.');
    expect(claim).toHaveTextContent('No source gives 7% as a figure.');
    expect(claim).toHaveTextContent('7% appears only as the end of an estimated range (Vusal Guliyev).');
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
      'intra-share-2023-kubanychbek-omuraliev',
      'intra-volume-2023-kassym-jomart-tokayev',
      'intra-volume-2023-omer-bolat',
      'intra-volume-2023-kubanychbek-omuraliev',
    ]));
    await user.click(mark('intra-volume-2022-omer-bolat'));
    expect(store().year).toBe(2022);
    await user.click(panel().querySelector('.year-strip [data-year="2016"]') as Element);
    expect(store().year).toBe(2016);
    // The measured series starts in 2009 (since joining): 2008 is before either chart's first year.
    act(() => store().actions.yearChanged(2008));
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

  it('downloads the measured and the reported figures as CSV, with units, basis, vintage and sources', async () => {
    const user = userEvent.setup();
    const downloads = catchDownloads();
    try {
      renderWithDataset(<TradePanel />);
      await user.click(within(panel()).getByRole('button', { name: 'Export intra-OTS trade' }));
      await user.click(within(panel()).getByRole('button', { name: 'Download CSV data of intra-OTS trade' }));
      // The exporters load on first use.
      await waitFor(() => expect(downloads.files.map((f) => f.fileName)).toEqual(['ots-intra-trade-measured-and-reported.csv']));
      const lines = csvTextLines(await downloads.files[0]!.blob.text());
      expect(lines[0]).toBe('# OTS Atlas: intra-OTS trade, measured (IMF DOTS) and as reported');
      expect(lines[1]).toBe(
        '# Measured: Merchandise exports and imports, by partner, as each state reports them; IMF DOTS, downloaded on or before 2022-02-02; current US$; exports valued FOB (free on board); imports valued CIF (cost, insurance and freight).',
      );
      expect(lines[2]).toMatch(/a state counts for the whole of the year it joined in|each for the whole of the year it joined in: Uzbekistan \(a member from 15 October 2019\) from 2019/);
      expect(lines).toContain('# Data as of 2026-07-13.');
      expect(lines.some((l) => l.startsWith('# Source: International Monetary Fund: Direction of Trade Statistics'))).toBe(true);
      expect(lines).toContain(
        'kind,metric,year,year approximate,period as reported,value,range low,range high,unit,qualifier,from partners’ reports,states counted,stated by,stated on,differs from,sources,note',
      );
      // The share as computed, both readings, the states counted; the volume from the exporters' and the importers' side.
      const share2018 = lines.find((l) => l.startsWith('measured,intra-share,2018,'));
      expect(share2018).toMatch(/^measured,intra-share,2018,no,,2\.34\d+,,,percent of their total merchandise trade,,2\.34\d+,AZE KAZ KGZ TUR,computed by the atlas from IMF DOTS,/);
      expect(lines.find((l) => l.startsWith('measured,intra-share,2008,'))).toMatch(/,no share: no state counted yet$/);
      // 2019: $16.06 bn of exports to each other as the exporters report them, $11.21 bn as the importers do.
      expect(lines.find((l) => l.startsWith('measured,intra-exports (exporters’ reports; FOB),2019,'))).toMatch(/^measured,intra-exports \(exporters’ reports; FOB\),2019,no,,16061378292,,,current US\$,,11209749957,AZE KAZ KGZ TUR UZB,/);
      const omuraliev = lines.find((l) => l.startsWith('reported,intra-volume,2023,yes,'));
      expect(omuraliev).toMatch(/^reported,intra-volume,2023,yes,recent \(c\. 2023\),42\.3,,,USD bn,approximately,/);
      expect(lines.filter((l) => l.startsWith('reported,intra-'))).toHaveLength(14);
      expect(lines.filter((l) => l.startsWith('measured,intra-share,'))).toHaveLength(21);
    } finally {
      downloads.restore();
    }
  });

  it('draws the share computed from IMF DOTS, by the membership rule chosen, and shows no share where a figure is missing', async () => {
    const user = userEvent.setup();
    renderWithDataset(<TradePanel />);
    expect(panel().querySelector('.trade-measured-point[data-line="share-own"][data-year="2019"]')).not.toBeNull();
    expect(panel().querySelector('.trade-measured-point[data-line="share-own"][data-year="2008"]')).toBeNull();
    expect(panel()).toHaveTextContent('Uzbekistan (a member from 15 October 2019) from 2019');
    const table = await openTable(user, /^Share computed from IMF DOTS, members/);
    const row = (y: number) => within(table).getByRole('row', { name: new RegExp(`^${y} `) });
    // Hand-checked: the four members of 2018 2.35%; the five 4.02% (2018), 4.83% (2019), 4.81% (2020).
    expect(within(row(2018)).getAllByRole('cell')[0]).toHaveTextContent('2.35%');
    expect(within(row(2019)).getAllByRole('cell')[0]).toHaveTextContent('4.83%');
    await user.click(within(panel()).getByRole('radio', { name: 'Today’s members' }));
    expect(within(row(2018)).getAllByRole('cell')[0]).toHaveTextContent('4.02%');
    expect(within(row(2020)).getAllByRole('cell')[0]).toHaveTextContent('4.81%');
    // Today's observers include Northern Cyprus, in no source: no year has a share, and the note says why.
    act(() => store().actions.scopeChanged('all'));
    await waitFor(() => expect(within(panel()).getByRole('table', { name: /^Share computed from IMF DOTS, members and observers/ })).toBeInTheDocument());
    expect(panel().querySelectorAll('.trade-measured-point[data-line="share-own"]')).toHaveLength(0);
    expect(panel()).toHaveTextContent('2016–2020, no figure from Northern Cyprus (in no source)');
    expect(panel()).toHaveTextContent('2010–2015, no figure from Uzbekistan with Hungary and Turkmenistan; Turkmenistan with Uzbekistan; Northern Cyprus (in no source)');
  });

  it('shows a selected state’s trade with each other state, from its own reports and its partners’', () => {
    act(() => {
      store().actions.stateSelected('KAZ');
      store().actions.yearChanged(2020);
    });
    renderWithDataset(<TradePanel />);
    const section = within(panel()).getByRole('region', { name: 'Kazakhstan’s trade with each state, 2000–2020' });
    const table = within(section).getByRole('table', { name: 'Kazakhstan’s trade in 2020, US$' });
    const uzb = within(table).getByRole('row', { name: /^Uzbekistan/ });
    expect(within(uzb).getAllByRole('cell').map((c) => c.textContent)).toEqual(['$2.13 bn', '$2.09 bn', '$780 m', '$761 m']);
    expect(within(table).getByRole('row', { name: /^Northern Cyprus/ })).toHaveTextContent('not reported by Kazakhstan');
  });
});

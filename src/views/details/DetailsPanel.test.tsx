import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from './DetailsPanel';
import { renderWithDataset } from '../../test/render';
import { useAtlasStore } from '../../state/store';

const details = () => screen.getByRole('region', { name: 'Details' });
const figure = (label: string) => {
  const term = within(details()).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
};

describe('DetailsPanel', () => {
  it('shows the key figures for the chosen year, following membership then', () => {
    useAtlasStore.getState().actions.yearChanged(2018);
    renderWithDataset(<DetailsPanel />);
    expect(within(details()).getByRole('heading', { level: 3, name: 'The OTS in 2018 (members)' })).toBeInTheDocument();
    expect(figure('Members')).toHaveTextContent(/^4/);
    expect(figure('Population, 2018')).toHaveTextContent('116.7 million');
    const members = within(details()).getByRole('list', { name: 'Members in 2018' });
    expect(within(members).queryByRole('button', { name: 'Uzbekistan' })).toBeNull();
  });

  it('says a figure is missing instead of showing zero, with the latest earlier figure, its year and source beside it', () => {
    const { unmount } = renderWithDataset(<DetailsPanel />);
    const population = figure('Population, 2025');
    expect(population).toHaveTextContent(/^No 2025 figureLatest: 159\.9 million in 2024For the 5 states counted in 2025\./);
    expect(population).toHaveTextContent('Source: World Bank');
    unmount();
    // A state's own missing figure, the same way.
    useAtlasStore.getState().actions.stateSelected('KAZ');
    renderWithDataset(<DetailsPanel />);
    expect(figure('Population, 2025')).toHaveTextContent(/^No 2025 figureLatest: 20\.6 million in 2024Source: World Bank/);
  });

  it('names the latest figure of a state left out of a total, with its year', () => {
    useAtlasStore.getState().actions.yearChanged(2024);
    useAtlasStore.getState().actions.scopeChanged('all');
    renderWithDataset(<DetailsPanel />);
    expect(figure('GDP, 2024 (current US$)')).toHaveTextContent('Excludes Northern Cyprus (no 2024 figure; latest: $4.46 bn in 2022).');
  });

  it('opens a state’s facts and status history from the overview, and goes back', async () => {
    const user = userEvent.setup();
    renderWithDataset(<DetailsPanel />);
    await user.click(within(details()).getByRole('button', { name: 'Hungary' }));
    expect(useAtlasStore.getState().stateId).toBe('HUN');
    expect(within(details()).getByRole('heading', { level: 3, name: 'Hungary' })).toBeInTheDocument();
    expect(details()).toHaveTextContent('Observer in 2025');
    expect(details()).toHaveTextContent('3 September 2018: Observer (6th Summit, Cholpon-Ata)');
    expect(figure('Capital')).toHaveTextContent('Budapest');
    await user.click(within(details()).getByRole('button', { name: 'Back to overview' }));
    expect(useAtlasStore.getState().stateId).toBeNull();
  });

  it('shows an event’s theme, outcomes and sources', () => {
    useAtlasStore.getState().actions.eventSelected('gabala-2025', 2025);
    renderWithDataset(<DetailsPanel />);
    expect(within(details()).getByRole('heading', { level: 3, name: '12th Summit' })).toBeInTheDocument();
    expect(details()).toHaveTextContent('Regional Peace and Security');
    expect(details()).toHaveTextContent('Gabala Declaration');
  });

  it('shows a corridor and the states it crosses', () => {
    useAtlasStore.getState().actions.corridorSelected('china-kyrgyzstan-uzbekistan');
    renderWithDataset(<DetailsPanel />);
    const crosses = within(details()).getByRole('list', { name: 'OTS states it crosses' });
    expect(within(crosses).getAllByRole('button').map((b) => b.textContent)).toEqual(['Kyrgyzstan', 'Uzbekistan']);
    expect(details()).toHaveTextContent('Under construction');
    expect(details()).toHaveTextContent('position not published'); // Makmal has no published coordinates
  });

  it('gives a corridor’s status in the chosen year, the milestone that set it with its source, and marks later dates', () => {
    useAtlasStore.getState().actions.corridorSelected('baku-tbilisi-kars');
    useAtlasStore.getState().actions.yearChanged(2016);
    const { unmount } = renderWithDataset(<DetailsPanel />);
    expect(details()).toHaveTextContent('Rail · Not yet open in 2016');
    const status = within(details()).getByRole('region', { name: 'Status in 2016' });
    expect(status).toHaveTextContent('not yet open, first milestone: Opened, 30 October 2017.');
    expect(status).toHaveTextContent('Source: Tabula');
    expect(details()).toHaveTextContent(/30 October 2017: Opened.*after 2016/);
    unmount();
    useAtlasStore.getState().actions.yearChanged(2018);
    renderWithDataset(<DetailsPanel />);
    expect(details()).toHaveTextContent('Rail · Operational in 2018');
    expect(details()).toHaveTextContent('30 October 2017: Opened · sets the status in 2018');
  });

  it('says a corridor with stretches of its own is partly operational, stretch by stretch', () => {
    useAtlasStore.getState().actions.corridorSelected('southern-gas-corridor');
    useAtlasStore.getState().actions.yearChanged(2018);
    renderWithDataset(<DetailsPanel />);
    const status = within(details()).getByRole('region', { name: 'Status in 2018' });
    expect(details()).toHaveTextContent('Gas pipeline · Partly operational in 2018');
    expect([...status.querySelector('ul')!.children].map((li) => li.textContent?.split('.')[0])).toEqual([
      'South Caucasus Pipeline (Sangachal to the Georgia–Türkiye border): operational, as reported: Southern Gas Corridor inaugurated in Baku, 29 May 2018',
      'TANAP, Posof to Eskişehir: operational, since 12 June 2018 (TANAP first section inaugurated at Eskişehir)',
      'TANAP, Eskişehir to İpsala: not yet open, first milestone: TANAP completed at İpsala, 30 November 2019',
      'Trans Adriatic Pipeline (TAP), Kipoi to Melendugno: not yet open, first milestone: TAP commercial operations, 15 November 2020',
    ]);
  });

  it('checks each claim for the scope and period its speaker stated, whatever the year and scope chosen', () => {
    useAtlasStore.getState().actions.yearChanged(2018);
    renderWithDataset(<DetailsPanel />);
    const claims = within(details()).getByRole('region', { name: 'Claims about the OTS, checked for their own scope and period' });
    const population = within(claims).getByText('well over 160 million people').closest('li') as HTMLElement;
    expect(population).toHaveTextContent('— Luke Coffey, late 2025');
    expect(population).toHaveTextContent('Holds for members and observers, 2024: 177.4 million, 17.4 million above 160 million.');
    expect(population).toHaveTextContent('In 2018, the year chosen, members: 116.7 million, 43.3 million below 160 million (does not hold)');
    expect(within(population).getByRole('link', { name: 'Show its view (2024, members and observers)' }).getAttribute('href')).toMatch(/\?year=2024&scope=all$/);
    expect(within(claims).getByRole('link', { name: 'All claims, with who made them, as a table →' })).toHaveAttribute('href', '#claims');
  });
});

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

  it('says a figure is missing instead of showing zero', () => {
    renderWithDataset(<DetailsPanel />);
    expect(figure('Population, 2025')).toHaveTextContent('No 2025 figure (latest: 2024)');
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

import { beforeAll, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadBundledDataset, renderWithDataset } from '../../test/render';
import { Providers } from '../../app/providers';
import { createQueryClient } from '../../app/query-client';
import { datasetQuery } from '../../data/queries';
import { useAtlasStore } from '../../state/store';
import { loadBasemap } from '../../data/geo';
import { MapView } from './MapView';

const panel = () => screen.getByRole('region', { name: 'Map' });
const list = (name: string) => within(panel()).getByRole('list', { name: new RegExp(`^${name}( in \\d{4})?$`) });

/** Renders the view and waits until the map (named for assistive technology) is drawn. */
async function renderMap() {
  renderWithDataset(<MapView />);
  return within(panel()).findByRole('region', { name: /^Map of OTS members and observers in \d{4}, with corridors$/ });
}

// Leaflet draws some two hundred SVG paths here, which jsdom takes its time over.
describe('MapView', { timeout: 15_000 }, () => {
  // The shapes are a large module: load them once, before the tests are timed.
  beforeAll(() => loadBasemap(), 30_000);

  it('draws the land while the dataset loads, then the dataset’s layers over it on the same map', async () => {
    const client = createQueryClient();
    render(
      <Providers client={client}>
        <MapView />
      </Providers>,
    );
    const container = document.querySelector('.map-view__map');
    expect(container).not.toBeNull();
    const land = () => container!.querySelectorAll('.leaflet-ots-context-pane path').length;
    const states = () => container!.querySelectorAll('.leaflet-ots-states-pane path').length;
    expect(land()).toBeGreaterThan(50);
    expect(states()).toBe(0);
    expect(within(panel()).getByText('Loading the dataset…')).toBeInTheDocument();
    expect(within(panel()).queryByRole('list', { name: /^States/ })).toBeNull();

    await act(async () => client.setQueryData(datasetQuery({ kind: 'bundled' }).queryKey, loadBundledDataset()));
    await within(panel()).findByRole('region', { name: /^Map of OTS members and observers in 2025, with corridors$/ });
    expect(document.querySelector('.map-view__map')).toBe(container);
    expect(states()).toBe(8);
    expect(within(panel()).getByRole('list', { name: /^States/ })).toBeInTheDocument();
  });

  it('lists every state and corridor as a button that selects it, and again to clear it', async () => {
    const user = userEvent.setup();
    await renderMap();
    const states = list('States');
    expect(within(states).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Türkiye', 'Uzbekistan', 'Hungary', 'Turkmenistan', 'Northern Cyprus',
    ]);
    const kazakhstan = within(states).getByRole('button', { name: 'Kazakhstan' });
    expect(kazakhstan).toHaveAttribute('aria-pressed', 'false');
    await user.click(kazakhstan);
    expect(useAtlasStore.getState().stateId).toBe('KAZ');
    expect(kazakhstan).toHaveAttribute('aria-pressed', 'true');
    await user.click(kazakhstan);
    expect(useAtlasStore.getState().stateId).toBeNull();

    await user.click(within(list('Corridors')).getByRole('button', { name: 'Baku–Tbilisi–Ceyhan (BTC) oil pipeline' }));
    expect(useAtlasStore.getState().corridorId).toBe('baku-tbilisi-ceyhan');
  });

  it('describes each state’s status in the year, not by colour alone', async () => {
    useAtlasStore.getState().actions.yearChanged(2018);
    await renderMap();
    const states = list('States');
    expect(within(states).getByRole('button', { name: 'Uzbekistan' })).toHaveAccessibleDescription('not yet a member or observer in 2018');
    expect(within(states).getByRole('button', { name: 'Hungary' })).toHaveAccessibleDescription('observer in 2018');
    expect(within(states).getByRole('button', { name: 'Northern Cyprus' })).toHaveAccessibleDescription(
      'not yet a member or observer in 2018; recognition contested',
    );
  });

  it('clears the selection when Escape is pressed inside the map panel', async () => {
    const user = userEvent.setup();
    await renderMap();
    await user.click(within(list('Corridors')).getByRole('button', { name: /^Middle Corridor/ }));
    expect(useAtlasStore.getState().corridorId).toBe('middle-corridor');
    await user.keyboard('{Escape}');
    expect(useAtlasStore.getState().corridorId).toBeNull();
  });

  it('keeps the online basemap off until the user switches it on', async () => {
    const user = userEvent.setup();
    await renderMap();
    const toggle = within(panel()).getByRole('switch', { name: 'Online basemap (OpenStreetMap)' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
  });

  it('says when the selected event has no host city to mark', async () => {
    useAtlasStore.getState().actions.eventSelected('video-extraordinary-2020', 2020);
    await renderMap();
    expect(panel()).toHaveTextContent('was held online: there is no host city to mark');
  });

  it('explains every symbol in its key, for the year shown', async () => {
    useAtlasStore.getState().actions.yearChanged(2019);
    await renderMap();
    const key = within(panel()).getByRole('region', { name: 'Key' });
    expect(within(key).getByRole('list', { name: 'Status in 2019' })).toHaveTextContent(/Member.*Observer.*recognition is contested.*Not yet/);
    for (const label of ['Rail', 'Oil pipeline', 'Gas pipeline', 'Power cable', 'Under construction', 'Planned (announced or agreed)', 'Approximate stretch (band)', 'Capital', 'Chokepoint']) {
      expect(within(key).getByText(label)).toBeInTheDocument();
    }
    // Corridors follow the year too, and the key says by what rule.
    expect(within(key).getByRole('list', { name: 'Corridor status in 2019' })).toHaveTextContent(/Operational.*Under construction.*Planned.*undated.*Not yet/);
    expect(key).toHaveTextContent(/latest dated milestone on or before the end of 2019/);
  });

  it('lists each corridor with its status in the year, as the map draws it', async () => {
    useAtlasStore.getState().actions.yearChanged(2016);
    await renderMap();
    const btk = within(panel()).getByRole('button', { name: 'Baku–Tbilisi–Kars (BTK) railway' });
    expect(btk).toHaveTextContent('· Not yet open');
    expect(btk).toHaveAccessibleDescription('Rail, not yet open in 2016');
  });

  it('names the map region with the year it shows', async () => {
    useAtlasStore.getState().actions.yearChanged(2018);
    const map = await renderMap();
    expect(map).toHaveAccessibleName('Map of OTS members and observers in 2018, with corridors');
    expect(map).toHaveAccessibleDescription(/lists below the map select the same states and corridors/);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TimelineView } from './TimelineView';
import { loadBundledDataset, renderWithDataset } from '../../test/render';
import { parseDataset } from '../../data/validate';
import minimal from '../../data/fixtures/minimal.json';
import type { Dataset } from '../../data/schema';
import { useAtlasStore } from '../../state/store';
import { eventLabel } from '../../ui/labels';

const dataset = loadBundledDataset();
const actions = () => useAtlasStore.getState().actions;
const panel = () => screen.getByRole('region', { name: 'Summits and milestones' });
const events = () => within(panel()).getByRole('group', { name: 'Events by year, 2009 to 2026' });
const eventButtons = () => within(events()).getAllByRole('button');
const eventButton = (name: string | RegExp) => within(events()).getByRole('button', { name });
const yearRow = (year: number) => {
  const row = within(events()).getAllByRole('listitem').find((li) => li.textContent?.startsWith(String(year)));
  if (!row) throw new Error(`no row for ${year}`);
  return row;
};

/** The text of the element that describes a button, if any. */
const description = (button: HTMLElement) => {
  const id = button.getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
};

const GABALA = '12th Summit, Gabala, 7 October 2025';

describe('TimelineView', () => {
  it('shows every event as a button named for what, where and when, in date order', () => {
    renderWithDataset(<TimelineView />);
    const names = eventButtons().map((b) => b.getAttribute('aria-label'));
    expect(names).toHaveLength(dataset.events.length);
    for (const event of dataset.events.filter((e) => e.status === 'held')) {
      expect(eventButton(eventLabel(event))).toBeInTheDocument();
    }
    expect(names[0]).toBe('Nakhchivan Summit (founding), Nakhchivan, 2–3 October 2009');
    expect(names.indexOf(GABALA)).toBe(18);
    expect(names.slice(19)).toEqual([
      'Informal Summit (announced), April 2026, no report that it was held (planned for April 2026, as of 30 October 2025)',
      'Summit in Türkiye (expected), 2026, planned, unconfirmed, as of 30 October 2025',
      'Joint OTS military exercise (proposed), 2026, proposed, as of 7 October 2025',
      'OTS-SAT CubeSat launch (target), 2026, planned, as of 10 October 2025',
    ]);
  });

  it('marks what is planned or proposed as such, and a plan whose date passed unreported, and says how precisely its date is known', () => {
    renderWithDataset(<TimelineView />);
    const april = eventButton(/^Informal Summit \(announced\)/);
    expect(april).toHaveTextContent('No report that it was held');
    expect(april).not.toHaveTextContent('Planned');
    expect(april).toHaveTextContent('April');
    expect(april).toHaveAccessibleDescription('Day not announced.');
    const exercise = eventButton(/^Joint OTS military exercise/);
    expect(exercise).toHaveTextContent('Proposed');
    expect(exercise).toHaveTextContent('Month not announced');
    expect(eventButton(/^Summit in Türkiye/)).toHaveTextContent('Planned, unconfirmed');
    expect(eventButton(GABALA)).not.toHaveTextContent(/Planned|Proposed/);
  });

  it('shows membership changes as badges on their summits', () => {
    renderWithDataset(<TimelineView />);
    expect(eventButton('7th Summit, Baku, 15 October 2019')).toHaveTextContent('Uzbekistan joins');
    expect(eventButton('7th Summit, Baku, 15 October 2019')).toHaveAccessibleDescription('Uzbekistan joins as a member.');
    expect(eventButton('6th Summit, Cholpon-Ata, 3 September 2018')).toHaveTextContent('Hungary: observer');
    expect(eventButton('8th Summit, Istanbul, 12 November 2021')).toHaveTextContent('Turkmenistan: observer');
  });

  it('keeps the years without a summit as visible gaps', () => {
    renderWithDataset(<TimelineView />);
    expect(yearRow(2016)).toHaveTextContent('No summit recorded');
    expect(yearRow(2017)).toHaveTextContent('No summit recorded');
    expect(within(yearRow(2016)).queryByRole('button')).toBeNull();
    expect(within(yearRow(2026)).getAllByRole('button')).toHaveLength(4);
  });

  it('marks the selected year on the axis, and the selected event', () => {
    useAtlasStore.getState().actions.yearChanged(2018);
    renderWithDataset(<TimelineView />);
    expect(yearRow(2018)).toHaveTextContent('(selected year)');
    expect(yearRow(2025)).not.toHaveTextContent('(selected year)');
    expect(eventButtons().filter((b) => b.hasAttribute('aria-current'))).toEqual([]);
  });

  it('marks the summits the selected state hosted, on screen and for screen readers', () => {
    actions().stateSelected('KAZ');
    renderWithDataset(<TimelineView />);
    const hosted = eventButtons().filter((b) => description(b).includes('Hosted by Kazakhstan.'));
    expect(hosted.map((b) => b.getAttribute('aria-label'))).toEqual([
      '1st Summit, Almaty, 20–21 October 2011',
      '5th Summit, Astana, 11 September 2015',
      'Informal Summit (videoconference), online, 31 March 2021',
      '10th Summit, Astana, 3 November 2023',
      'Informal Summit (announced), April 2026, no report that it was held (planned for April 2026, as of 30 October 2025)',
    ]);
    expect(eventButton('1st Summit, Almaty, 20–21 October 2011')).toHaveAccessibleDescription('Hosted by Kazakhstan.');
    expect(eventButton(GABALA)).not.toHaveAccessibleDescription(/Hosted/);
    expect(within(panel()).getByRole('list', { name: 'Key' })).toHaveTextContent('Hosted by Kazakhstan');
    expect(panel()).toHaveTextContent('marked: 5 hosted by Kazakhstan');
  });
});

describe('TimelineView with other datasets', () => {
  const parsed = parseDataset(minimal);
  if (!parsed.ok) throw new Error('the minimal fixture does not parse');
  const small: Dataset = parsed.dataset;

  it('draws a dataset with a single event', () => {
    renderWithDataset(<TimelineView />, small);
    const group = within(panel()).getByRole('group', { name: 'Events by year, 2009 to 2009' });
    expect(within(group).getAllByRole('button')).toHaveLength(1);
    expect(within(group).getByRole('button')).toHaveAccessibleName('Nakhchivan Summit (founding), Nakhchivan, 2–3 October 2009');
    expect(within(panel()).getByRole('button', { name: 'Play summits' })).toBeEnabled();
  });

  it('says when there are no events, and has nothing to play', () => {
    renderWithDataset(<TimelineView />, { ...small, events: [] });
    expect(panel()).toHaveTextContent('No events in this dataset');
    expect(within(panel()).getByRole('button', { name: 'Play summits' })).toBeDisabled();
  });

  it('says when the selected year is outside the timeline, and when a state hosted none', () => {
    actions().yearChanged(2005);
    actions().stateSelected('TKM');
    renderWithDataset(<TimelineView />);
    expect(panel()).toHaveTextContent('2009–2026, by month · 2005 is outside it · Turkmenistan hosted none');
    expect(within(events()).queryByText('(selected year)')).toBeNull();
  });
});

describe('TimelineView by keyboard', () => {
  beforeEach(() => {
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => {
    // jsdom has no scrollIntoView; the stub is this file's own.
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    vi.unstubAllGlobals();
  });

  it('is one Tab stop; arrows, Home and End move focus through the events in date order', async () => {
    const user = userEvent.setup();
    renderWithDataset(<TimelineView />);
    expect(eventButtons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.tab(); // the play button
    await user.tab(); // the export menu
    await user.tab();
    expect(eventButton(/^Nakhchivan Summit/)).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(eventButton(/^10th Summit of Heads of Turkic-Speaking States/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(eventButton(/^1st Summit, Almaty/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(eventButton(/^Nakhchivan Summit/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(eventButton(/^Nakhchivan Summit/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(eventButton(/^OTS-SAT CubeSat launch/)).toHaveFocus();
    expect(eventButtons().filter((b) => b.tabIndex === 0)).toEqual([eventButton(/^OTS-SAT CubeSat launch/)]);
    await user.keyboard('{Home}');
    expect(eventButton(/^Nakhchivan Summit/)).toHaveFocus();
    await user.tab();
    expect(events()).not.toContainElement(document.activeElement as HTMLElement);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
  });

  it('selects the focused event with Enter or Space, moving the year to it', async () => {
    const user = userEvent.setup();
    renderWithDataset(<TimelineView />);
    await user.tab(); // the play button
    await user.tab(); // the export menu
    await user.tab();
    await user.keyboard('{End}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(eventButton(GABALA)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(useAtlasStore.getState()).toMatchObject({ eventId: 'gabala-2025', year: 2025 });
    expect(eventButton(GABALA)).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{Home}{ArrowRight}{ArrowRight} ');
    expect(useAtlasStore.getState()).toMatchObject({ eventId: 'almaty-2011', year: 2011 });
    expect(eventButton(GABALA)).not.toHaveAttribute('aria-current');
  });

  it('makes the selected event the Tab stop', async () => {
    actions().eventSelected('bodrum-2014', 2014);
    const user = userEvent.setup();
    renderWithDataset(<TimelineView />);
    await user.tab(); // the play button
    await user.tab(); // the export menu
    await user.tab();
    expect(eventButton('4th Summit, Bodrum, 4–5 June 2014')).toHaveFocus();
  });

  it('scrolls without animation when the user asks for reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const user = userEvent.setup();
    renderWithDataset(<TimelineView />);
    await user.tab(); // the play button
    await user.tab(); // the export menu
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(Element.prototype.scrollIntoView).toHaveBeenLastCalledWith({ block: 'nearest', inline: 'nearest', behavior: 'auto' });
  });
});

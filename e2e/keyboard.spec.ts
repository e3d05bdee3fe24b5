import { test, expect } from './fixtures';
import { KeyboardUser } from './pages/keyboard';
import { MapPanel } from './pages/map-panel';
import { TimelinePanel } from './pages/timeline-panel';
import { ChartPanels } from './pages/chart-panels';

/**
 * The main journeys with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, Escape; no pointer), with the focus
 * visible at every stop on the way and each change announced.
 */
test('select a state, change the year and scope, select a corridor and an event, and clear, by keyboard alone', async ({ atlas, page }) => {
  // Some two hundred key presses, each checked: longer than a click-through on a busy machine.
  test.setTimeout(120_000);
  const keys = new KeyboardUser(page);
  const map = new MapPanel(page);
  const charts = new ChartPanels(page);
  const timeline = new TimelinePanel(page);
  await atlas.goto();
  await atlas.waitForReady();

  // The first stop is the skip link, shown when focused.
  await keys.tabTo(page.getByRole('link', { name: 'Skip to content' }), { max: 1 });
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();

  // A state, from the map's list.
  await keys.tabTo(map.stateButton('Kazakhstan'));
  await keys.press('Enter');
  await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
  await expect(map.stateButton('Kazakhstan')).toHaveAttribute('aria-pressed', 'true');
  await charts.expectHighlighted('Kazakhstan');
  await atlas.expectQuery({ state: 'KAZ' });
  await expect(atlas.announcement).toHaveText('Kazakhstan selected: member since 2009; details, map, charts and timeline updated.');

  // The year: back up to the header, step back one year, then type a year into the list.
  await keys.tabTo(page.getByRole('button', { name: 'Previous year' }), { backwards: true });
  await keys.press('Enter');
  await expect(atlas.year).toHaveValue('2024');
  await keys.tabTo(atlas.year);
  await page.keyboard.type('2018');
  await expect(atlas.year).toHaveValue('2018');
  await atlas.expectQuery({ state: 'KAZ', year: '2018' });
  await expect(atlas.announcement).toHaveText('Year 2018: 4 members; details, map, charts and timeline updated.');
  await expect(map.shape('UZB')).not.toHaveAttribute('data-status', 'member');

  // The scope: the radio group takes arrow keys.
  await keys.tabTo(page.getByRole('radio', { name: 'Members', exact: true }));
  await keys.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Members and observers', exact: true })).toBeChecked();
  await expect(atlas.announcement).toHaveText('Counting members and observers; details and charts updated.');
  await atlas.expectQuery({ state: 'KAZ', year: '2018', scope: 'all' });

  // A corridor, from the map's list, with Space.
  await keys.tabTo(map.corridorButton(/^Middle Corridor/));
  await keys.press('Space');
  await expect(atlas.detailsHeading(/^Middle Corridor/)).toBeVisible();
  await expect(map.corridorButton(/^Middle Corridor/)).toHaveAttribute('aria-pressed', 'true');
  await atlas.expectQuery({ corridor: 'middle-corridor', year: '2018', scope: 'all' });
  await expect(atlas.announcement).toContainText(/^Middle Corridor.* selected: .*crosses .*Kazakhstan/);

  // An event on the timeline: one Tab stop, arrows to the event, Enter. The year follows the event.
  await keys.tabTo(timeline.events.getByRole('button').and(page.locator('[tabindex="0"]')));
  await keys.press('Home');
  await keys.arrowTo(timeline.event('12th Summit, Gabala, 7 October 2025'), 'ArrowRight');
  await keys.press('Enter');
  await timeline.expectSelected('12th Summit, Gabala, 7 October 2025');
  await expect(atlas.detailsHeading('12th Summit')).toBeVisible();
  await expect(atlas.year).toHaveValue('2025');
  await atlas.expectQuery({ event: 'gabala-2025', scope: 'all' });
  await expect(atlas.announcement).toHaveText(
    '12th Summit, Gabala, 7 October 2025 selected; year 2025; details, map, charts and timeline updated.',
  );

  // Clear: Escape in the map panel.
  await keys.tabTo(map.stateButton('Kazakhstan'), { backwards: true });
  await keys.press('Escape');
  await expect(atlas.detailsHeading('The OTS in 2025 (members and observers)')).toBeVisible();
  await expect(timeline.events.locator('[aria-current="true"]')).toHaveCount(0);
  await atlas.expectQuery({ scope: 'all' });
  await expect(atlas.announcement).toHaveText('Selection cleared: overview of 2025 shown.');

  // And from the details panel, its own way back.
  await keys.press('Enter');
  await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
  await keys.tabTo(atlas.details.getByRole('button', { name: 'Back to overview' }));
  await keys.press('Enter');
  await expect(atlas.detailsHeading('The OTS in 2025 (members and observers)')).toBeVisible();

  expect(keys.problemStops()).toEqual([]);
});

test('every Tab stop on the page has a name and shows where the focus is', async ({ atlas, page }) => {
  test.setTimeout(120_000);
  const keys = new KeyboardUser(page);
  await atlas.goto('?state=KAZ');
  await atlas.waitForReady();
  // Tab round the whole page once: until focus comes back to the first stop.
  await keys.press('Tab');
  const first = await keys.focusStop();
  keys.stops.push(first);
  for (let i = 0; i < 400; i++) {
    await keys.press('Tab');
    const stop = await keys.focusStop();
    if (stop.name === first.name && i > 5) break;
    if (stop.problem !== 'nothing has focus') keys.stops.push(stop);
  }
  expect(keys.stops.length).toBeGreaterThan(40);
  expect(keys.problemStops()).toEqual([]);
});

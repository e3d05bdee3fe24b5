import { test, expect } from './fixtures';
import { TimelinePanel } from './pages/timeline-panel';

const GABALA = '12th Summit, Gabala, 7 October 2025';
const BAKU = '7th Summit, Baku, 15 October 2019';

/** Every event's label is whole, inside the panel, and clear of every other label. */
async function expectLabelsFit(timeline: TimelinePanel) {
  const boxes = await timeline.labelBoxes();
  expect(boxes).toHaveLength(23);
  expect(boxes.filter((b) => b.cut).map((b) => b.name)).toEqual([]);
  const overlapping: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        overlapping.push(`${a.name} / ${b.name}`);
      }
    }
  }
  expect(overlapping).toEqual([]);
  const panel = await timeline.region.boundingBox();
  expect(panel).not.toBeNull();
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(panel?.x ?? Infinity);
    expect(b.right).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
  }
}

test.describe('the summit timeline', () => {
  test('selecting the 12th Summit by keyboard moves the year, the link and the details to it', async ({ atlas, page }) => {
    const timeline = new TimelinePanel(page);
    await atlas.goto('?year=2018');
    await atlas.waitForReady();
    await expect(timeline.selectedYear).toContainText('2018');
    await timeline.selectByKeyboard(GABALA);

    await timeline.expectSelected(GABALA);
    await expect(atlas.year).toHaveValue('2025');
    await expect(timeline.selectedYear).toContainText('2025');
    await atlas.expectQuery({ event: 'gabala-2025' });
    await expect(atlas.detailsHeading('12th Summit')).toBeVisible();
    await expect(atlas.details).toContainText('Regional Peace and Security');
    await expect(atlas.details).toContainText('Gabala Declaration');
  });

  test('a link with ?event=gabala-2025 restores the selection, and Tab lands on it', async ({ atlas, page }) => {
    const timeline = new TimelinePanel(page);
    await atlas.goto('?event=gabala-2025');
    await atlas.waitForReady();
    await timeline.expectSelected(GABALA);
    await expect(atlas.year).toHaveValue('2025');
    await expect(atlas.detailsHeading('12th Summit')).toBeVisible();
    await timeline.tabIn();
    await expect(timeline.event(GABALA)).toBeFocused();
  });

  test('Back and Forward walk through the events selected', async ({ atlas, page }) => {
    const timeline = new TimelinePanel(page);
    await atlas.goto();
    await atlas.waitForReady();
    await timeline.select(BAKU);
    await atlas.expectQuery({ event: 'baku-2019', year: '2019' });
    await timeline.select(GABALA);
    await atlas.expectQuery({ event: 'gabala-2025' });

    await page.goBack();
    await timeline.expectSelected(BAKU);
    await expect(atlas.year).toHaveValue('2019');
    await expect(atlas.detailsHeading('7th Summit')).toBeVisible();
    await expect(atlas.details).toContainText('Uzbekistan');

    await page.goForward();
    await timeline.expectSelected(GABALA);
    await expect(atlas.year).toHaveValue('2025');

    await page.goBack();
    await page.goBack();
    await expect(timeline.events.locator('[aria-current="true"]')).toHaveCount(0);
    await atlas.expectQuery({});
  });

  test('with Kazakhstan selected, the summits it hosted are marked', async ({ atlas, page }) => {
    const timeline = new TimelinePanel(page);
    await atlas.goto('?state=KAZ');
    await atlas.waitForReady();
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    expect(await timeline.hostedBy('Kazakhstan')).toEqual([
      '1st Summit, Almaty, 20–21 October 2011',
      '5th Summit, Astana, 11 September 2015',
      'Informal Summit (videoconference), online, 31 March 2021',
      '10th Summit, Astana, 3 November 2023',
      'Informal Summit (announced), April 2026, no report that it was held (planned for April 2026, as of 30 October 2025)',
    ]);
    await expect(timeline.event('10th Summit, Astana, 3 November 2023')).toHaveAccessibleDescription('Hosted by Kazakhstan.');
    await expect(timeline.event(GABALA)).not.toHaveAccessibleDescription(/Hosted/);
    await expect(timeline.key).toContainText('Hosted by Kazakhstan');

    // Choosing a summit there moves the selection to it; the marks go with the state.
    await timeline.select('5th Summit, Astana, 11 September 2015');
    await atlas.expectQuery({ event: 'astana-2015', year: '2015' });
    expect(await timeline.hostedBy('Kazakhstan')).toEqual([]);
  });

  test('Play steps to the next summit, and a key press stops it', async ({ atlas, page }) => {
    const timeline = new TimelinePanel(page);
    await atlas.goto('?event=bodrum-2014');
    await atlas.waitForReady();
    // Time stands still unless the test moves it, so the player cannot run ahead of the assertions.
    await page.clock.install();
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    await timeline.play.click();
    await expect(timeline.pause).toBeVisible();
    await page.clock.runFor(2_600);
    await atlas.expectQuery({ event: 'astana-2015', year: '2015' });
    await timeline.expectSelected('5th Summit, Astana, 11 September 2015');
    await expect(atlas.detailsHeading('5th Summit')).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(timeline.play).toBeVisible();
    await page.clock.runFor(6_000);
    await atlas.expectQuery({ event: 'astana-2015', year: '2015' });
  });

  test('the player’s steps add no history entries: Back returns to the view before them', async ({ atlas, page }) => {
    const timeline = new TimelinePanel(page);
    await atlas.goto('?event=almaty-2011');
    await timeline.select('4th Summit, Bodrum, 4–5 June 2014');
    await atlas.expectQuery({ event: 'bodrum-2014', year: '2014' });
    await page.clock.install();
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    await timeline.play.click();
    await page.clock.runFor(2_600);
    await page.clock.runFor(2_600);
    await atlas.expectQuery({ event: 'cholpon-ata-2018', year: '2018' });
    await page.keyboard.press('Escape');

    await page.goBack();
    await atlas.expectQuery({ event: 'almaty-2011', year: '2011' });
    await timeline.expectSelected('1st Summit, Almaty, 20–21 October 2011');
  });

  test('under reduced motion nothing animates: play steps, and selection changes at once', async ({ atlas, page }) => {
    const timeline = new TimelinePanel(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await atlas.goto('?event=bodrum-2014');
    await atlas.waitForReady();
    const bodrum = timeline.event('4th Summit, Bodrum, 4–5 June 2014');
    expect(await bodrum.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    await timeline.play.click();
    const progress = timeline.pause.locator('.tl-play__progress');
    expect(await progress.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await timeline.pause.click();
    await expect(timeline.play).toBeVisible();
  });

  test('planned and proposed events are marked as not yet held, dated by their source; a passed plan as unreported', async ({ atlas, page }) => {
    const timeline = new TimelinePanel(page);
    await atlas.goto();
    await atlas.waitForReady();
    await expect(timeline.year(2016)).toContainText('No summit recorded');
    await expect(timeline.year(2017)).toContainText('No summit recorded');
    await expect(timeline.event('Informal Summit (announced), April 2026, no report that it was held (planned for April 2026, as of 30 October 2025)')).toContainText('No report that it was held');
    await timeline.select('Informal Summit (announced), April 2026, no report that it was held (planned for April 2026, as of 30 October 2025)');
    await expect(atlas.details).toContainText('Plan · No report that it was held (planned for April 2026, as of 30 October 2025)');
    await expect(atlas.details).toContainText('is past the dataset’s as-of date (13 July 2026), and no source in the dataset says it was held');
    const exercise = timeline.event('Joint OTS military exercise (proposed), 2026, proposed, as of 7 October 2025');
    await expect(exercise).toContainText('Proposed');
    await expect(exercise).toContainText('Month not announced');
    // A date known to the month alone reads as such, and leaves no mark of its own on the row (a dashed fragment
    // under the April chip ran into the next lane, on screen and in the image).
    await expect(timeline.event('Informal Summit (announced), April 2026, no report that it was held (planned for April 2026, as of 30 October 2025)')).toContainText('April');
    expect(await timeline.marksBesideEvents(2026)).toEqual([]);
  });

  // Drawn to scale on a laptop and a projector; listed year by year on a narrow window and a phone.
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
    [800, 900],
    [390, 844],
  ] as const) {
    test(`labels neither overlap nor get cut at ${width}×${height}`, async ({ atlas, page }) => {
      const timeline = new TimelinePanel(page);
      await page.setViewportSize({ width, height });
      await atlas.goto('?state=KAZ');
      await atlas.waitForReady();
      await expectLabelsFit(timeline);
    });
  }

  test('labels still fit with any host’s summits marked, or an event selected', async ({ atlas, page }) => {
    // Six page loads: on a busy machine they take most of the default 30 s on their own.
    test.slow();
    const timeline = new TimelinePanel(page);
    for (const query of ['?state=AZE', '?state=KGZ', '?state=TUR', '?state=UZB', '?state=HUN', '?event=istanbul-2021']) {
      await atlas.goto(query);
      await atlas.waitForReady();
      await expectLabelsFit(timeline);
    }
  });
});

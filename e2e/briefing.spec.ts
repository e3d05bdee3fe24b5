import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BriefingPage, PANEL_REGION, shippedBriefing, type ShippedSlide } from './pages/briefing-page';

const shipped = shippedBriefing();
const COUNT = shipped.slides.length;
const DEFAULT_YEAR = 2025;

/** The URL parameters a slide's saved view gives (default year and scope are left out of links). */
function expectedParams(n: number, slide: ShippedSlide): Record<string, string> {
  const params: Record<string, string> = { slide: String(n) };
  if (slide.view.stateId) params.state = slide.view.stateId;
  if (slide.view.corridorId) params.corridor = slide.view.corridorId;
  if (slide.view.eventId) params.event = slide.view.eventId;
  if (slide.view.year != null && slide.view.year !== DEFAULT_YEAR) params.year = String(slide.view.year);
  if (slide.view.scope !== 'members') params.scope = slide.view.scope;
  return params;
}

async function layoutBoxes(page: Page) {
  const box = async (selector: string) => {
    const b = await page.locator(selector).boundingBox();
    return b && { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
  };
  return {
    bar: await box('.briefing-bar'),
    main: await box('.briefing-stage__main'),
    side: await box('.briefing-stage__side'),
    caption: await box('.slide-caption'),
  };
}

test('?slide=1 opens briefing mode, and the keyboard steps through every shipped slide, each showing its saved view', async ({ page, atlas }) => {
  // One journey through every slide, each waited for and measured: longer than one view's test.
  test.slow();
  const briefing = new BriefingPage(page);
  await atlas.goto('?slide=1');
  let layout: Awaited<ReturnType<typeof layoutBoxes>> | null = null;
  const keys = ['ArrowRight', 'PageDown', 'Space'];
  for (const [index, slide] of shipped.slides.entries()) {
    const n = index + 1;
    await briefing.expectSlide(n, COUNT, slide.title);
    await atlas.expectQuery(expectedParams(n, slide));
    await expect(page.getByRole('region', { name: PANEL_REGION[slide.panel] })).toBeVisible();
    await expect(page.getByText(slide.note)).toBeVisible();
    if (slide.view.corridorId || slide.view.eventId) {
      await expect(atlas.details.getByRole('heading', { level: 3 })).toBeVisible();
    }
    // A projector shows the same frame on every slide: nothing moves between slides.
    const boxes = await layoutBoxes(page);
    if (layout) expect(boxes, `layout of slide ${n}`).toEqual(layout);
    layout = boxes;
    if (n < COUNT) await page.keyboard.press(keys[index % keys.length] ?? 'ArrowRight');
  }
  await expect(page.getByRole('button', { name: 'Next ›' })).toBeDisabled();

  await page.keyboard.press('Home');
  await briefing.expectSlide(1, COUNT, shipped.slides[0]?.title ?? '');
  await page.keyboard.press('End');
  await briefing.expectSlide(COUNT, COUNT, shipped.slides[COUNT - 1]?.title ?? '');
  await page.keyboard.press('ArrowLeft');
  await briefing.expectSlide(COUNT - 1, COUNT, shipped.slides[COUNT - 2]?.title ?? '');
  await page.keyboard.press('PageUp');
  await briefing.expectSlide(COUNT - 2, COUNT, shipped.slides[COUNT - 3]?.title ?? '');
  await page.keyboard.press('Shift+Space');
  await briefing.expectSlide(COUNT - 3, COUNT, shipped.slides[COUNT - 4]?.title ?? '');
});

/** A small seeded generator, so that a failing sequence of gaps can be replayed. */
function gapsFrom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * 301);
  };
}

test('keys pressed at any speed, 0 to 300 ms apart, through every slide and back, throw nothing', async ({ page, atlas, consoleErrors }) => {
  // A slide that zooms the map (a corridor) followed at once by one without the map unmounts it mid-animation.
  test.slow();
  const briefing = new BriefingPage(page);
  await atlas.goto('?slide=1');
  await briefing.expectSlide(1, COUNT, shipped.slides[0]?.title ?? '');
  await atlas.waitForReady();
  for (const seed of [1, 7, 25]) {
    const gap = gapsFrom(seed);
    const keys = [...Array<string>(COUNT - 1).fill('ArrowRight'), ...Array<string>(COUNT - 1).fill('ArrowLeft')];
    const gaps: number[] = [];
    for (const key of keys) {
      await page.keyboard.press(key);
      gaps.push(gap());
      await page.waitForTimeout(gaps.at(-1) ?? 0);
    }
    await briefing.expectSlide(1, COUNT, shipped.slides[0]?.title ?? '');
    // Leaflet finishes a zoom on a timer of 250 ms: give the last step's timers the time to fire.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(consoleErrors, `gaps (ms) of seed ${seed}: ${gaps.join(' ')}`).toEqual([]);
  }
});

test('Escape leaves briefing mode and keeps the view of the slide on screen', async ({ page, atlas }) => {
  const zangezur = shipped.slides.findIndex((s) => s.view.corridorId === 'zangezur-tripp') + 1;
  await atlas.goto(`?slide=${zangezur}`);
  await new BriefingPage(page).expectSlide(zangezur, COUNT, shipped.slides[zangezur - 1]?.title ?? '');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await atlas.expectQuery({ corridor: 'zangezur-tripp' });
  await expect(atlas.detailsHeading(/Zangezur/)).toBeVisible();
  await expect(page.getByRole('region', { name: /^GDP/ })).toBeVisible();
});

test('F toggles full screen, and N hides and shows the note', async ({ page, atlas }) => {
  await atlas.goto('?slide=2');
  const note = page.getByText(shipped.slides[1]?.note ?? '');
  await expect(note).toBeVisible();
  await page.keyboard.press('n');
  await expect(note).toBeHidden();
  await page.keyboard.press('n');
  await expect(note).toBeVisible();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('a link to a slide the briefing does not have is dropped with a notice, and the atlas opens normally', async ({ page, atlas }) => {
  await atlas.goto('?slide=40&state=KAZ');
  await expect(page.getByText(new RegExp(`slide.*40.*the briefing has ${COUNT} slides`, 'i'))).toBeVisible();
  await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('the current view added as a slide is still there after a reload, and edits are kept too', async ({ page, atlas }) => {
  const briefing = new BriefingPage(page);
  await atlas.goto('?state=KAZ');
  await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
  await briefing.openEditor();
  await expect(briefing.slides()).toHaveCount(COUNT);
  await briefing.editor.getByRole('button', { name: 'Add the current view as a slide' }).click();
  await expect(briefing.slides()).toHaveCount(COUNT + 1);
  await expect(briefing.titleField(COUNT + 1)).toHaveValue('Kazakhstan, 2025');
  await briefing.titleField(COUNT + 1).fill('Kazakhstan at a glance');
  await briefing.editor.getByRole('button', { name: `Move slide ${COUNT + 1} up` }).click();
  await briefing.editor.getByRole('button', { name: 'Delete slide 1', exact: true }).click();

  await page.reload();
  await briefing.openEditor();
  await expect(briefing.slides()).toHaveCount(COUNT);
  await expect(briefing.titleField(COUNT - 1)).toHaveValue('Kazakhstan at a glance');
  await expect(briefing.titleField(1)).toHaveValue(shipped.slides[1]?.title ?? '');

  await briefing.editor.getByRole('button', { name: `Present from slide ${COUNT - 1}` }).click();
  await briefing.expectSlide(COUNT - 1, COUNT, 'Kazakhstan at a glance');
  await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
  await atlas.expectQuery({ slide: String(COUNT - 1), state: 'KAZ' });
});

test('importing a bad briefing names the problem and keeps the current briefing; a good one replaces it', async ({ page, atlas }) => {
  const briefing = new BriefingPage(page);
  await atlas.goto();
  await briefing.openEditor();
  await briefing.titleField(1).fill('My own first slide');

  const bad = structuredClone(shipped) as { slides: ShippedSlide[] } & Record<string, unknown>;
  Object.assign(bad, { format: 'ots-atlas-briefing', version: 1 });
  const second = bad.slides[1];
  if (second) second.view = { ...second.view, eventId: null, stateId: 'XYZ' };
  await briefing.importFile('broken.json', JSON.stringify(bad));
  const alert = briefing.editor.getByRole('alert');
  await expect(alert).toContainText('Could not import broken.json');
  await expect(alert).toContainText('slides[1].view.stateId');
  await expect(alert).toContainText(`Slide 2 (“${shipped.slides[1]?.title}”): the state it selects, “XYZ”, is not in the dataset.`);
  await expect(briefing.titleField(1)).toHaveValue('My own first slide');

  await briefing.importFile('not-json.json', '{"slides": [');
  await expect(briefing.editor.getByRole('alert')).toContainText('The file is not valid JSON');
  await expect(briefing.titleField(1)).toHaveValue('My own first slide');

  // A year outside the dataset and a panel the atlas does not have, each said in a sentence naming the slide.
  const outside = structuredClone(bad);
  if (outside.slides[1]) outside.slides[1].view = { ...outside.slides[1].view, stateId: 'XXX' };
  if (outside.slides[2]) outside.slides[2].view = { ...outside.slides[2].view, eventId: null, year: 1990 };
  await briefing.importFile('outside.json', JSON.stringify(outside));
  await expect(briefing.editor.getByRole('alert')).toContainText(`Slide 2 (“${shipped.slides[1]?.title}”): the state it selects, “XXX”, is not in the dataset.`);
  await expect(briefing.editor.getByRole('alert')).toContainText(`Slide 3 (“${shipped.slides[2]?.title}”): its year, 1990, is outside the dataset's years (2000–2026).`);
  const chart = structuredClone(outside) as unknown as { slides: Record<string, unknown>[] };
  if (chart.slides[0]) chart.slides[0].panel = 'chart';
  await briefing.importFile('chart.json', JSON.stringify(chart));
  await expect(briefing.editor.getByRole('alert')).toContainText(
    `Slide 1 (“${shipped.slides[0]?.title}”): its panel, “chart”, is not one of map, details, gdp, trade, timeline or claims.`,
  );
  await expect(briefing.editor.getByRole('alert')).not.toContainText('Invalid option');
  await expect(briefing.titleField(1)).toHaveValue('My own first slide');

  // A good file would replace the user's own briefing: the atlas asks first, and can put it back afterwards.
  const good = { format: 'ots-atlas-briefing', version: 1, title: 'Two slides', slides: shipped.slides.slice(0, 2) };
  await briefing.importFile('good.json', JSON.stringify(good));
  const question = briefing.editor.getByRole('group', { name: 'Replace your briefing with good.json?' });
  await expect(question).toContainText(`good.json holds “Two slides” (2 slides). Importing it replaces your briefing, “${shipped.title}” (${COUNT} slides).`);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(briefing.slides()).toHaveCount(COUNT);

  await briefing.importFile('good.json', JSON.stringify(good));
  await briefing.editor.getByRole('button', { name: 'Replace my briefing' }).click();
  await expect(briefing.editor.getByRole('status')).toContainText('Imported “Two slides” from good.json: 2 slides');
  await expect(briefing.slides()).toHaveCount(2);
  await briefing.editor.getByRole('button', { name: 'Undo the import' }).click();
  await expect(briefing.slides()).toHaveCount(COUNT);
  await expect(briefing.titleField(1)).toHaveValue('My own first slide');
});

test('the briefing exports as a JSON file the atlas reads back', async ({ page, atlas }) => {
  const briefing = new BriefingPage(page);
  await atlas.goto();
  await briefing.openEditor();
  const download = page.waitForEvent('download');
  await briefing.editor.getByRole('button', { name: 'Export briefing (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ots-atlas-briefing.json');
  const text = await (await file.createReadStream()).toArray();
  const exported = JSON.parse(Buffer.concat(text).toString('utf8')) as { format: string; version: number; slides: ShippedSlide[] };
  expect(exported.format).toBe('ots-atlas-briefing');
  expect(exported.version).toBe(1);
  expect(exported.slides.map((s) => s.title)).toEqual(shipped.slides.map((s) => s.title));
});

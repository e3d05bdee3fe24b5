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
  await expect(alert).toContainText('no state "XYZ"');
  await expect(briefing.titleField(1)).toHaveValue('My own first slide');

  await briefing.importFile('not-json.json', '{"slides": [');
  await expect(briefing.editor.getByRole('alert')).toContainText('not valid JSON');
  await expect(briefing.titleField(1)).toHaveValue('My own first slide');

  const good = { format: 'ots-atlas-briefing', version: 1, title: 'Two slides', slides: shipped.slides.slice(0, 2) };
  await briefing.importFile('good.json', JSON.stringify(good));
  await expect(briefing.editor.getByRole('status')).toContainText('Imported “Two slides” from good.json: 2 slides');
  await expect(briefing.slides()).toHaveCount(2);
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

test('a saved briefing the atlas cannot read is reported and left in storage; the shipped briefing is used', async ({ page, atlas }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ots-atlas:briefing', '{"state":{"custom":{"format":"ots-atlas-briefing","version":1,"title":"x","slides":[]}},"version":1}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const briefing = new BriefingPage(page);
  await atlas.goto();
  await briefing.openEditor();
  await expect(briefing.editor.getByRole('alert')).toContainText('Your saved briefing could not be read');
  await expect(briefing.editor.getByRole('alert')).toContainText('slides');
  await expect(briefing.slides()).toHaveCount(COUNT);
  expect(await page.evaluate(() => localStorage.getItem('ots-atlas:briefing'))).toContain('"title":"x"');
});

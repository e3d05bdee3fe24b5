import { test, expect } from './fixtures';
import { BriefingPage, shippedBriefing, type ShippedSlide } from './pages/briefing-page';

/**
 * The user's briefing, kept in the browser, is never lost: not to storage it cannot read, not to another tab, not to
 * a full or blocked storage, not to an import, and a stored slide never shows a view the dataset does not have.
 */
const shipped = shippedBriefing();
const COUNT = shipped.slides.length;
const asFile = (title: string, slides: ShippedSlide[] = shipped.slides) => ({ format: 'ots-atlas-briefing', version: 1, title, slides });
const storedAs = (version: number, custom: unknown) => JSON.stringify({ state: { custom }, version });

test('a saved briefing it cannot read is reported, kept exactly as it is, offered as a file, and never written over', async ({ page, atlas }) => {
  const text = storedAs(2, asFile('Saved by a later atlas', [...shipped.slides, { ...shipped.slides[0]!, id: 'extra', title: 'My extra slide' }]));
  const briefing = new BriefingPage(page);
  await briefing.seedStorage(text);
  await atlas.goto();
  await atlas.waitForReady();

  // Said on the page, without opening anything.
  const notice = page.getByRole('status').filter({ hasText: 'Your saved briefing could not be read' });
  await expect(notice).toContainText('It is kept in this browser unchanged');
  await notice.getByRole('button', { name: 'Open the briefing to export it or see why' }).click();
  const alert = briefing.editor.getByRole('alert').filter({ hasText: 'Your saved briefing could not be read' });
  await expect(alert).toContainText("It was saved in version 2 of the atlas's storage; this atlas reads version 1.");
  await expect(briefing.slides()).toHaveCount(COUNT);

  // Nothing can be saved over it: the changes wait until the user decides.
  await expect(briefing.editor.getByRole('button', { name: 'Add the current view as a slide' })).toBeDisabled();
  await expect(briefing.titleField(1)).toBeDisabled();
  await expect(briefing.editor.getByRole('button', { name: 'Import briefing…' })).toBeDisabled();
  expect(await briefing.stored()).toBe(text);

  // Its file is the briefing inside, which the atlas can import.
  const file = await briefing.downloadFrom(alert.getByRole('button', { name: 'Export it (JSON)' }));
  expect(file.name).toBe('ots-atlas-briefing.json');
  expect((JSON.parse(file.text) as { title: string; slides: ShippedSlide[] }).slides.at(-1)?.title).toBe('My extra slide');

  // After a reload it is still there, still reported.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Your saved briefing could not be read' })).toBeVisible();
  expect(await briefing.stored()).toBe(text);

  // Discarding asks once more; then the briefing is the user's to change again.
  await briefing.openEditor();
  await briefing.editor.getByRole('button', { name: 'Discard it…' }).click();
  await briefing.editor.getByRole('group', { name: 'Remove it from this browser for good?' }).getByRole('button', { name: 'Discard it' }).click();
  await expect(briefing.editor.getByRole('alert')).toHaveCount(0);
  await briefing.editor.getByRole('button', { name: 'Add the current view as a slide' }).click();
  await expect(briefing.slides()).toHaveCount(COUNT + 1);
  expect(JSON.parse((await briefing.stored()) ?? 'null').state.custom.slides).toHaveLength(COUNT + 1);
});

test('two tabs see each other’s changes, and neither writes over the other', async ({ context, atlas, page }) => {
  // Tab B is opened first, and its editor is open when tab A makes its changes.
  const pageB = page;
  const b = new BriefingPage(pageB);
  await atlas.goto();
  await atlas.waitForReady();
  await b.openEditor();

  const pageA = await context.newPage();
  const a = new BriefingPage(pageA);
  await pageA.goto('./?state=KAZ');
  await a.openEditor();
  await a.editor.getByRole('button', { name: 'Add the current view as a slide' }).click();
  await a.editor.getByRole('button', { name: 'Add the current view as a slide' }).click();
  await expect(a.slides()).toHaveCount(COUNT + 2);

  // B follows, and says why its briefing changed.
  await expect(b.slides()).toHaveCount(COUNT + 2);
  await expect(b.editor.getByRole('status').filter({ hasText: 'This briefing was changed in another tab' })).toBeVisible();
  await b.titleField(1).fill('Retitled in tab B');

  // Storage holds both tabs' work, and A sees B's title.
  const stored = JSON.parse((await b.stored()) ?? 'null') as { state: { custom: { slides: ShippedSlide[] } } };
  expect(stored.state.custom.slides).toHaveLength(COUNT + 2);
  expect(stored.state.custom.slides[0]?.title).toBe('Retitled in tab B');
  await expect(a.titleField(1)).toHaveValue('Retitled in tab B');
  await pageA.close();
});

test('a change the browser cannot save is shown, said to be unsaved, and offered as a file; nothing throws', async ({ page, atlas }) => {
  const briefing = new BriefingPage(page);
  await atlas.goto('?state=KAZ');
  await atlas.waitForReady();
  // Fill this site's storage (about 5 MB) with something else.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; chunk.length > 8; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await briefing.openEditor();
  await briefing.editor.getByRole('button', { name: 'Add the current view as a slide' }).click();
  await expect(briefing.slides()).toHaveCount(COUNT + 1);
  const alert = briefing.editor.getByRole('alert');
  await expect(alert).toContainText('Your last change is shown but not saved: this browser’s storage is full.');
  const file = await briefing.downloadFrom(alert.getByRole('button', { name: 'Export briefing (JSON)' }));
  expect((JSON.parse(file.text) as { slides: unknown[] }).slides).toHaveLength(COUNT + 1);
  expect(await briefing.stored()).toBeNull();
});

test('storage the browser blocks is said at once, and the briefing still works on the page', async ({ page, atlas }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const briefing = new BriefingPage(page);
  await atlas.goto('?state=KAZ');
  await atlas.waitForReady();
  await briefing.openEditor();
  await expect(briefing.editor.getByRole('alert')).toContainText('This browser does not let the atlas keep anything');
  await briefing.editor.getByRole('button', { name: 'Add the current view as a slide' }).click();
  await expect(briefing.slides()).toHaveCount(COUNT + 1);
});

test('stored slides are checked against the dataset: one naming a state and a year it lacks is not shown', async ({ page, atlas }) => {
  const [first, ...rest] = shipped.slides;
  const mine = asFile('Mine', [{ ...first!, title: 'Nowhere in 1950', view: { ...first!.view, stateId: 'ZZZ', year: 1950 } }, ...rest]);
  const briefing = new BriefingPage(page);
  await briefing.seedStorage(storedAs(1, mine));
  await atlas.goto('?slide=1');
  // The shipped briefing's first slide, not the stored one's view.
  await expect(briefing.slideTitle).toHaveText(shipped.slides[0]!.title);
  await expect(page.getByText('The OTS in 1950')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'Your saved briefing names what the dataset in use does not have' })).toBeVisible();
  const params = new URL(page.url()).searchParams;
  expect(params.get('state')).toBeNull();
  expect(params.get('year')).not.toBe('1950');

  await briefing.openEditor();
  const alert = briefing.editor.getByRole('alert');
  await expect(alert).toContainText('Slide 1 (“Nowhere in 1950”): the state it selects, “ZZZ”, is not in the dataset.');
  await expect(alert).toContainText("Slide 1 (“Nowhere in 1950”): its year, 1950, is outside the dataset's years (2000–2026).");
  expect(JSON.parse((await briefing.stored()) ?? 'null').state.custom.title).toBe('Mine');
});

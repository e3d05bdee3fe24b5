import { test, expect } from './fixtures';
import { BriefingPage, shippedBriefing } from './pages/briefing-page';

const shipped = shippedBriefing();

test('printing the current view gives a handout without controls, naming the view and listing its sources', async ({ page, atlas }, testInfo) => {
  await atlas.goto('?state=KAZ&year=2019');
  await atlas.waitForReady();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('This view: Kazakhstan · 2019 · members only')).toBeVisible();
  for (const name of ['Briefing…', 'Print…', 'Open dataset…']) {
    await expect(page.getByRole('button', { name })).toBeHidden();
  }
  await expect(page.getByLabel('Year', { exact: true })).toBeHidden();
  // The sources print open: the link to a source of Kazakhstan's membership is on the page.
  await expect(atlas.details.getByRole('link', { name: /Nakhchivan/i }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('handout-view.png'), fullPage: true });

  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 landscape is 842 × 595 points.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 84[12](\.\d+)? 59[45](\.\d+)?\]/);
});

test('printing the briefing prints one page per slide, each with its sources, and nothing else', async ({ page, atlas }, testInfo) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const briefing = new BriefingPage(page);
  await atlas.goto();
  await briefing.openEditor();
  await briefing.editor.getByRole('button', { name: 'Print the briefing' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('region', { name: 'Printed briefing' });
  const pages = handout.getByRole('article');
  await expect(pages).toHaveCount(shipped.slides.length);
  for (const [index, slide] of shipped.slides.entries()) {
    const sheet = pages.nth(index);
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(slide.title);
    await expect(sheet).toContainText(`slide ${index + 1} of ${shipped.slides.length}`);
    await expect(sheet.getByRole('list').getByRole('listitem')).toHaveCount(slide.sources.length);
  }
  await expect(page.getByRole('region', { name: 'Details' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('handout-briefing.png'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(shipped.slides.length);
});

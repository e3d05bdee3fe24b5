import { test, expect } from './fixtures';
import { ChartPanels } from './pages/chart-panels';
import { BriefingPage, shippedBriefing } from './pages/briefing-page';

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  test('the overview', async ({ atlas }) => {
    await atlas.goto();
    await atlas.waitForReady();
    expect(await atlas.accessibilityViolations()).toEqual([]);
  });

  test('a state selected', async ({ atlas }) => {
    await atlas.goto('?state=KAZ');
    await atlas.waitForReady();
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    expect(await atlas.accessibilityViolations()).toEqual([]);
  });

  test('a corridor selected', async ({ atlas }) => {
    await atlas.goto('?corridor=middle-corridor');
    await atlas.waitForReady();
    await expect(atlas.detailsHeading(/^Middle Corridor/)).toBeVisible();
    expect(await atlas.accessibilityViolations()).toEqual([]);
  });

  test('briefing mode, on a map slide and on a timeline slide', async ({ atlas, page }) => {
    const briefing = new BriefingPage(page);
    const slides = shippedBriefing().slides;
    await atlas.goto('?slide=3');
    await atlas.waitForReady();
    await briefing.expectSlide(3, slides.length, slides[2]?.title ?? '');
    expect(await atlas.accessibilityViolations()).toEqual([]);
    await page.keyboard.press('End');
    await briefing.expectSlide(slides.length, slides.length, slides.at(-1)?.title ?? '');
    await expect(page.getByRole('region', { name: /^Summits and milestones/ })).toBeVisible();
    expect(await atlas.accessibilityViolations()).toEqual([]);
  });

  test('the briefing editor', async ({ atlas, page }) => {
    const briefing = new BriefingPage(page);
    await atlas.goto();
    await atlas.waitForReady();
    await briefing.openEditor();
    expect(await atlas.accessibilityViolations()).toEqual([]);
  });

  test('an event selected, the chart tables open and a link notice shown', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?event=gabala-2025&state=XYZ');
    await atlas.waitForReady();
    await expect(page.getByRole('status').filter({ hasText: 'Ignored from the link' })).toBeVisible();
    await charts.showTable(charts.gdp);
    await charts.showTable(charts.trade);
    expect(await atlas.accessibilityViolations()).toEqual([]);
  });

  test('the claims view with its table, and a state’s trade with each other state', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?state=TUR&year=2019');
    await atlas.waitForReady();
    const claims = page.getByRole('region', { name: 'Claims about the OTS', exact: true });
    await claims.getByRole('button', { name: 'Show table of the claims' }).click();
    await expect(claims.getByRole('table')).toBeVisible();
    await expect(charts.trade.getByRole('table', { name: 'Türkiye’s trade in 2019, US$' })).toBeAttached();
  });
});

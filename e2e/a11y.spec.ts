import { test, expect } from './fixtures';
import { ChartPanels } from './pages/chart-panels';

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

  test('an event selected, the chart tables open and a link notice shown', async ({ atlas, page }) => {
    const charts = new ChartPanels(page);
    await atlas.goto('?event=gabala-2025&state=XYZ');
    await atlas.waitForReady();
    await expect(page.getByRole('status').filter({ hasText: 'Ignored from the link' })).toBeVisible();
    await charts.showTable(charts.gdp);
    await charts.showTable(charts.trade);
    expect(await atlas.accessibilityViolations()).toEqual([]);
  });
});

import { test, expect } from './fixtures';

/**
 * The claims held to their speakers' words, and intra-OTS trade as measured: two journeys through the views that show
 * them. The figures are hand-checked against the reference files (see src/data/claims.test.ts, trade-share.test.ts).
 */
test.describe('claims and measured trade', () => {
  test('the claims view lists the six claims with their speakers; a claim’s link opens the view it names', async ({ atlas, page }) => {
    await atlas.goto('?year=2018');
    await atlas.waitForReady();
    // Reached from the details panel.
    await atlas.details.getByRole('link', { name: 'All claims, with who made them, as a table →' }).click();
    const claims = page.getByRole('region', { name: 'Claims about the OTS', exact: true });
    await expect(claims.getByRole('heading', { level: 2 })).toBeInViewport();
    const cards = claims.locator('.claim-cards > li');
    await expect(cards).toHaveCount(6);
    await expect(cards.filter({ hasText: 'Luke Coffey, late 2025' })).toHaveCount(4);
    await expect(cards.filter({ hasText: 'Vasif Huseynov, after 7 Oct 2025' })).toHaveCount(2);
    const population = cards.filter({ hasText: 'well over 160 million people' });
    await expect(population).toContainText('Holds for members and observers, 2024: 177.4 million, 17.4 million above 160 million.');

    await population.getByRole('link', { name: 'Open its view: 2024, members and observers' }).click();
    await atlas.expectQuery({ year: '2024', scope: 'all' });
    await expect(atlas.detailsHeading('The OTS in 2024 (members and observers)')).toBeVisible();
    await expect(atlas.claim('well over 160 million people')).toBeInViewport();
    // The overview's verdicts name the claim's own scope.
    await expect(atlas.claim('well over 160 million people')).toContainText('Holds for members and observers, 2024');
    await expect(atlas.claim('roughly 1.6 million square miles')).toContainText('Does not hold for members and observers, 2024');
    // The link was a change of view like any other: Back returns to the year the reader had.
    await page.goBack();
    await atlas.expectQuery({ year: '2018' });
  });

  test('the share computed from IMF DOTS, Kazakhstan’s trade from both sides, and its flows on the map', async ({ atlas, page }) => {
    await atlas.goto('?state=KAZ&year=2020');
    await atlas.waitForReady();
    const trade = page.getByRole('region', { name: 'Intra-OTS trade' });
    await trade.getByRole('button', { name: 'Show table of intra-OTS trade' }).click();
    const measured = trade.getByRole('table', { name: /^Share computed from IMF DOTS, members/ });
    const share = (year: number) => measured.getByRole('row', { name: new RegExp(`^${year} `) }).getByRole('cell').first();
    // Since joining, Uzbekistan counts from 2019: 2.35% for the four of 2018; today's five: 4.02%, 4.83%, 4.81%.
    await expect(share(2018)).toHaveText('2.35%');
    await trade.getByRole('radio', { name: 'Today’s members' }).check();
    await expect(share(2018)).toHaveText('4.02%');
    await expect(share(2019)).toHaveText('4.83%');
    await expect(share(2020)).toHaveText('4.81%');

    const bilateral = trade.getByRole('region', { name: 'Kazakhstan’s trade with each state, 2000–2020' });
    const uzbekistan = bilateral.getByRole('table', { name: 'Kazakhstan’s trade in 2020, US$' }).getByRole('row', { name: /^Uzbekistan/ });
    await expect(uzbekistan.getByRole('cell')).toHaveText(['$2.13 bn', '$2.09 bn', '$780 m', '$761 m']);

    const map = page.getByRole('region', { name: 'Map' });
    await map.getByRole('switch', { name: 'Trade flows of the selected state' }).check();
    await expect(map.locator('path.map-flow--UZB')).toHaveCount(1);
    await expect(map.getByRole('region', { name: 'Trade flows' })).toContainText('Trade of Kazakhstan, 2020: exports + imports');
    await expect(map.getByText('Uzbekistan: $2.91 bn as Kazakhstan reports it ($2.86 bn as Uzbekistan reports it)')).toBeVisible();
    // A year past the IMF tables draws nothing, and says so.
    await atlas.selectYear(2025);
    await expect(map.locator('path.map-flow')).toHaveCount(0);
    await expect(map.getByText('No bilateral figures for 2025: the IMF tables in the atlas cover 2000–2020.')).toBeVisible();
  });
});

import { test, expect } from './fixtures';

// Also run at the domain root (the `root` project), as a smoke check of the same build there.
test.describe('the overview', { tag: '@root-path' }, () => {
  test('loads with the key figures, no console error and no request to another origin', async ({ atlas, page, foreignRequests }) => {
    await atlas.goto();
    await atlas.waitForReady();
    await expect(page.getByRole('heading', { level: 1, name: 'OTS Atlas' })).toBeVisible();
    await expect(page.getByText(/data as of 13 July 2026/)).toBeVisible();
    await expect(atlas.detailsHeading('The OTS in 2025 (members)')).toBeVisible();
    await expect(atlas.figure('Members')).toContainText('5');
    await expect(atlas.figure('GDP, 2025')).toContainText('$2.15 tn');
    await expect(atlas.figure('Area')).toContainText('4,242,413 km²');
    // The World Bank population series ends in 2024: the 2025 figure is missing, not zero.
    await expect(atlas.figure('Population, 2025')).toContainText('No 2025 figure (latest: 2024)');
    await expect(atlas.claim('well over 160 million people')).toContainText('Cannot be checked');
    expect(foreignRequests).toEqual([]);
  });

  test('follows membership in the chosen year and the scope', async ({ atlas }) => {
    await atlas.goto();
    await atlas.selectYear(2024);
    await expect(atlas.figure('Population, 2024')).toContainText('159.9 million');
    await expect(atlas.claim('well over 160 million people')).toContainText('Does not hold');
    await atlas.chooseScope('Members and observers');
    await expect(atlas.detailsHeading('The OTS in 2024 (members and observers)')).toBeVisible();
    await expect(atlas.claim('well over 160 million people')).toContainText('Holds');
    await atlas.expectQuery({ year: '2024', scope: 'all' });

    await atlas.chooseScope('Members');
    await atlas.selectYear(2018);
    await expect(atlas.figure('Members')).toContainText('4');
    await expect(atlas.details.getByRole('list', { name: 'Members in 2018' })).not.toContainText('Uzbekistan');
    await expect(atlas.details.getByRole('list', { name: 'Observers in 2018' })).toContainText('Hungary');
    await atlas.selectYear(2019);
    await expect(atlas.figure('Members')).toContainText('5');
    await expect(atlas.details.getByRole('list', { name: 'Members in 2019' })).toContainText('Uzbekistan');
  });
});

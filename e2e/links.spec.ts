import { test, expect } from './fixtures';

test.describe('links and history', () => {
  test('a link with ?state=KAZ opens Kazakhstan’s details', async ({ atlas }) => {
    await atlas.goto('?state=KAZ');
    await expect(atlas.detailsHeading('Kazakhstan')).toBeVisible();
    await expect(atlas.details.getByRole('heading', { name: 'Status history' })).toBeVisible();
    await expect(atlas.details).toContainText('Nakhchivan Agreement');
    await expect(atlas.details).toContainText('Astana');
  });

  test('selecting a state then going Back restores the previous view, and Forward returns', async ({ atlas, page }) => {
    await atlas.goto('?year=2019');
    await expect(atlas.detailsHeading('The OTS in 2019 (members)')).toBeVisible();
    await atlas.selectState('Uzbekistan');
    await expect(atlas.detailsHeading('Uzbekistan')).toBeVisible();
    await atlas.expectQuery({ state: 'UZB', year: '2019' });

    await page.goBack();
    await expect(atlas.detailsHeading('The OTS in 2019 (members)')).toBeVisible();
    await atlas.expectQuery({ year: '2019' });

    await page.goForward();
    await expect(atlas.detailsHeading('Uzbekistan')).toBeVisible();
    await expect(atlas.details).toContainText('Member in 2019');
  });

  test('an unknown value in a link is dropped, said so, and the rest still applies', async ({ atlas, page }) => {
    await atlas.goto('?state=XYZ&year=2018&scope=everyone');
    await expect(atlas.detailsHeading('The OTS in 2018 (members)')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ignored from the link' })).toContainText('state=XYZ');
    await atlas.expectQuery({ year: '2018' });
  });

  test('a link to Northern Cyprus shows its contested recognition and its figures as missing where they are', async ({ atlas }) => {
    await atlas.goto('?state=CYN&year=2023');
    await expect(atlas.detailsHeading('Northern Cyprus')).toBeVisible();
    await expect(atlas.details).toContainText('Recognised as a state only by Türkiye');
    await expect(atlas.figure('GDP, 2023')).toContainText('No 2023 figure');
  });
});

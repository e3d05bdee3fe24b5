import { expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe-scan';

/** The atlas as a user sees it: locators by role and label, and the verbs a user performs. */
export class AtlasPage {
  readonly page: Page;
  readonly details: Locator;
  readonly year: Locator;
  readonly alert: Locator;
  /** The live region that says what a change of selection, year or scope did. */
  readonly announcement: Locator;

  constructor(page: Page) {
    this.page = page;
    this.details = page.getByRole('region', { name: 'Details' });
    this.year = page.getByLabel('Year', { exact: true });
    this.alert = page.getByRole('alert');
    this.announcement = page.locator('.announcer[aria-live="polite"]');
  }

  /** Opens the atlas relative to the base URL (it may be served from a sub-path), with a query such as `?state=KAZ`. */
  async goto(query = '') {
    return this.page.goto(`./${query}`);
  }

  /** Waits until the dataset is loaded and every view has drawn. */
  async waitForReady() {
    await this.page.waitForFunction(() => performance.getEntriesByName('ots:ready').length > 0);
  }

  /** Axe's WCAG 2.1 A/AA violations on the page as it is now, one readable line each; empty when it passes. */
  accessibilityViolations() {
    return axeViolations(this.page);
  }

  detailsHeading(name: string | RegExp) {
    return this.details.getByRole('heading', { level: 3, name });
  }

  /** The value of a key figure in the overview, by its label ("Members", "Population, 2024"). */
  figure(label: string | RegExp) {
    return this.details.locator('.figure').filter({ has: this.page.getByRole('term').filter({ hasText: label }) }).getByRole('definition');
  }

  claim(text: string) {
    return this.details.getByRole('listitem').filter({ hasText: text });
  }

  async selectYear(year: number) {
    await this.year.selectOption(String(year));
  }

  async chooseScope(label: 'Members' | 'Members and observers') {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async selectState(name: string) {
    await this.details.getByRole('button', { name, exact: true }).click();
  }

  async backToOverview() {
    await this.details.getByRole('button', { name: 'Back to overview' }).click();
  }

  async openDatasetFile(name: string, contents: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open dataset…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }

  /** Opens a dataset file from disk (for files too large to hand over as a buffer). */
  async openDatasetPath(path: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open dataset…' }).click();
    await (await chooser).setFiles(path);
  }

  /** The notice that follows a file being opened: its progress, then what came of it. */
  openingNotice(name: string) {
    return this.page.locator('.notice-slot').filter({ hasText: name });
  }

  async expectQuery(expected: Record<string, string>) {
    await expect
      .poll(() => Object.fromEntries(new URL(this.page.url()).searchParams.entries()))
      .toEqual(expected);
  }
}

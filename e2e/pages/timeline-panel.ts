import { expect, type Locator, type Page } from '@playwright/test';

/** The summit timeline as a user meets it: its events by name, the play control, and the verbs to use them. */
export class TimelinePanel {
  readonly page: Page;
  readonly region: Locator;
  /** The events, one Tab stop, grouped by year. */
  readonly events: Locator;
  readonly play: Locator;
  readonly pause: Locator;
  readonly key: Locator;

  constructor(page: Page) {
    this.page = page;
    this.region = page.getByRole('region', { name: 'Summits and milestones' });
    this.events = this.region.getByRole('group', { name: /^Events by year/ });
    this.play = this.region.getByRole('button', { name: 'Play summits', exact: true });
    this.pause = this.region.getByRole('button', { name: 'Pause', exact: true });
    this.key = this.region.getByRole('list', { name: 'Key' });
  }

  event(name: string | RegExp) {
    return this.events.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The year's row on the axis. */
  year(year: number) {
    return this.events.getByRole('listitem').filter({ hasText: new RegExp(`^${year}`) });
  }

  get selectedYear() {
    return this.events.getByRole('listitem').filter({ hasText: '(selected year)' });
  }

  /** Tabs into the events from the export menu's button, the control just before them. */
  async tabIn() {
    await this.region.scrollIntoViewIfNeeded();
    await this.region.getByRole('button', { name: 'Export the timeline' }).focus();
    await this.page.keyboard.press('Tab');
  }

  /** Moves focus with the arrow keys from the first event to the named one, and presses Enter. */
  async selectByKeyboard(name: string) {
    await this.tabIn();
    await this.page.keyboard.press('Home');
    const target = this.event(name);
    for (let step = 0; step < 50 && !(await target.evaluate((el) => el === document.activeElement)); step++) {
      await this.page.keyboard.press('ArrowRight');
    }
    await expect(target).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  async select(name: string) {
    await this.event(name).click();
  }

  async expectSelected(name: string) {
    await expect(this.event(name)).toHaveAttribute('aria-current', 'true');
    await expect(this.events.locator('[aria-current="true"]')).toHaveCount(1);
  }

  /** Waits for the timeline to be drawn: below the fold, it draws after the first screen has. */
  async drawn() {
    await expect(this.events).toBeVisible();
  }

  /** Names of the events whose description says the given state hosted them. */
  async hostedBy(stateName: string): Promise<string[]> {
    await this.drawn();
    return this.events.getByRole('button').evaluateAll(
      (buttons, phrase) =>
        buttons
          .filter((b) => (document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '').includes(phrase))
          .map((b) => b.getAttribute('aria-label') ?? ''),
      `Hosted by ${stateName}.`,
    );
  }

  /** What is drawn on a year's row besides its events (and their descriptions): the classes of those elements. */
  async marksBesideEvents(year: number): Promise<string[]> {
    await this.drawn();
    return this.year(year).evaluate((row) =>
      [...row.querySelectorAll('*')]
        .filter((el) => !el.closest('button') && !el.closest('[hidden]') && el.getBoundingClientRect().width * el.getBoundingClientRect().height > 0)
        .filter((el) => !el.matches('.tl-year__label, .tl-year__label *, .tl-year__plot, .tl-year__gap'))
        .map((el) => el.className),
    );
  }

  /** Boxes of the event labels drawn, and whether any label's text is cut off. */
  async labelBoxes() {
    await this.drawn();
    return this.events.getByRole('button').evaluateAll((buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        const cut = [b, ...b.querySelectorAll('span')].some((el) => el.scrollWidth > el.clientWidth);
        return { name: b.getAttribute('aria-label') ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom, cut };
      }),
    );
  }
}

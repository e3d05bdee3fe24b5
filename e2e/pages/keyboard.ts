import { expect, type Locator, type Page } from '@playwright/test';

/** Where focus is and whether a sighted keyboard user can see it. */
export interface FocusStop {
  /** A short name for the element: its tag and accessible text. */
  name: string;
  /** Why the stop fails a keyboard user (no name, focus not visible), or null when it does not. */
  problem: string | null;
}

/**
 * Runs in the page: the focused element, whether its focus can be seen, and whether it is `target`. One function, so
 * each key press costs one round trip.
 */
function probe(target: Element | null): { stop: FocusStop; reached: boolean } {
  const el = document.activeElement as HTMLElement | null;
  const reached = target != null && el === target;
  if (!el || el === document.body) return { stop: { name: '(nothing)', problem: 'nothing has focus' }, reached };
  // Near enough to the accessible name for this check: aria-label, aria-labelledby, a <label>, the text, the title.
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  const label = (el.getAttribute('aria-label') || labelledBy || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || el.getAttribute('title') || '')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 50);
  const name = `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''} "${label}"`;
  const rings = (node: Element) => {
    const style = getComputedStyle(node);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  };
  // A native input drawn invisible shows its focus on the element drawn in its place (the next sibling).
  const shown = getComputedStyle(el).opacity === '0' ? el.nextElementSibling : el;
  let problem: string | null = null;
  if (label === '') problem = 'no name';
  else if (!shown) problem = 'focused element is invisible';
  else {
    const box = shown.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) problem = 'focused element has no size';
    else if (!rings(shown)) problem = 'no outline or ring';
  }
  return { stop: { name, problem }, reached };
}

/**
 * Moving through the page with the keyboard alone, checking at every stop that it has a name and that the focus is
 * visible: an outline or a ring on the element, or on the visible part of a control whose native input is hidden
 * (styled radios).
 */
export class KeyboardUser {
  readonly page: Page;
  /** Every stop passed through so far, in order. */
  readonly stops: FocusStop[] = [];

  constructor(page: Page) {
    this.page = page;
  }

  /** The focused element and whether its focus indicator shows. */
  async focusStop(): Promise<FocusStop> {
    return (await this.page.evaluate(probe, null)).stop;
  }

  async press(key: string) {
    await this.page.keyboard.press(key);
  }

  /**
   * Presses Tab (or Shift+Tab) until `target` has focus, noting every stop; fails if it is not reached within
   * `max` presses.
   */
  async tabTo(target: Locator, { backwards = false, max = 250 } = {}) {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      const { stop, reached } = await target.evaluate(probe);
      this.stops.push(stop);
      if (reached) return;
    }
    throw new Error(`could not Tab to the target in ${max} presses; last stops: ${this.stops.slice(-5).map((s) => s.name).join(' | ')}`);
  }

  /** Moves focus with `key` until `target` has focus (arrow keys in a roving group). */
  async arrowTo(target: Locator, key: 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp', max = 60) {
    for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await this.page.keyboard.press(key);
      this.stops.push((await this.page.evaluate(probe, null)).stop);
    }
    await expect(target).toBeFocused();
  }

  /** The stops with no name or where focus could not be seen, as readable lines. */
  problemStops(): string[] {
    return [...new Set(this.stops.filter((s) => s.problem).map((s) => `${s.name}: ${s.problem}`))];
  }
}

import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export interface ShippedSlide {
  id: string;
  title: string;
  note: string;
  panel: 'map' | 'details' | 'gdp' | 'trade' | 'timeline' | 'claims';
  view: { stateId: string | null; corridorId: string | null; eventId: string | null; year: number | null; scope: 'members' | 'all' };
  sources: string[];
}

/** The briefing shipped with the atlas, read from the repository (the file the app serves). */
export function shippedBriefing(): { title: string; slides: ShippedSlide[] } {
  return JSON.parse(readFileSync(new URL('../../public/data/briefing.json', import.meta.url), 'utf8')) as {
    title: string;
    slides: ShippedSlide[];
  };
}

/** The panel's region name as its heading reads. */
export const PANEL_REGION: Record<ShippedSlide['panel'], RegExp> = {
  map: /^Map$/,
  details: /^Details$/,
  gdp: /^GDP/,
  trade: /^Intra-OTS trade/,
  timeline: /^Summits and milestones/,
  claims: /^Claims about the OTS$/,
};

/** Briefing mode and the briefing editor, as a presenter uses them. */
export class BriefingPage {
  readonly page: Page;
  readonly slideTitle: Locator;
  readonly progress: Locator;
  readonly editor: Locator;

  constructor(page: Page) {
    this.page = page;
    this.slideTitle = page.getByRole('heading', { level: 1 });
    this.progress = page.getByRole('progressbar');
    this.editor = page.getByRole('dialog', { name: 'Briefing' });
  }

  async expectSlide(n: number, count: number, title: string) {
    await expect(this.slideTitle).toHaveText(title);
    await expect(this.progress).toHaveAccessibleName(`Slide ${n} of ${count}`);
    await expect.poll(() => new URL(this.page.url()).searchParams.get('slide')).toBe(String(n));
  }

  async openEditor() {
    await this.page.getByRole('button', { name: 'Briefing…' }).click();
    await expect(this.editor).toBeVisible();
  }

  slides() {
    return this.editor.getByRole('list', { name: /^Slides/ }).getByRole('listitem');
  }

  titleField(n: number) {
    return this.editor.getByRole('textbox', { name: `Title of slide ${n}`, exact: true });
  }

  /** Puts `text` in the browser's storage for the briefing before the page's first load (not again on a reload). */
  async seedStorage(text: string) {
    await this.page.addInitScript((stored) => {
      if (sessionStorage.getItem('ots-e2e-seeded')) return;
      localStorage.setItem('ots-atlas:briefing', stored);
      sessionStorage.setItem('ots-e2e-seeded', '1');
    }, text);
  }

  /** What the browser's storage holds for the briefing. */
  stored() {
    return this.page.evaluate(() => localStorage.getItem('ots-atlas:briefing'));
  }

  /** The file a button downloads, as text. */
  async downloadFrom(button: Locator): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const file = await download;
    const chunks = await (await file.createReadStream()).toArray();
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async importFile(name: string, contents: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.editor.getByRole('button', { name: 'Import briefing…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }
}

import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { csvTextLines } from '../../src/test/csv-lines';

export type ExportKind = 'PNG image' | 'SVG image' | 'CSV data';

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

/** A panel's export menu: the verbs to download each file and to get the embed code. */
export class PanelExports {
  readonly page: Page;
  readonly panel: Locator;
  readonly menuButton: Locator;

  constructor(page: Page, panel: Locator) {
    this.page = page;
    this.panel = panel;
    this.menuButton = panel.getByRole('button', { name: /^Export / });
  }

  async download(kind: ExportKind): Promise<DownloadedFile> {
    const download = this.page.waitForEvent('download');
    await this.menuButton.click();
    await this.panel.getByRole('button', { name: new RegExp(`^Download ${kind} of`) }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? '') };
  }

  /** Opens the embed dialog and returns it. */
  async openEmbed(): Promise<Locator> {
    await this.menuButton.click();
    await this.panel.getByRole('button', { name: /^Embed code for/ }).click();
    return this.page.getByRole('dialog', { name: /^Embed/ });
  }
}

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG: wrong signature');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG: no IHDR first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export { csvTextLines };

/** The comment lines and the table of an exported CSV. */
export function csvLines(bytes: Buffer): { meta: string[]; header: string; rows: string[] } {
  const lines = csvTextLines(bytes.toString('utf8')).filter((l) => l !== '');
  const meta = lines.filter((l) => l.startsWith('# '));
  const table = lines.filter((l) => !l.startsWith('# '));
  return { meta, header: table[0] ?? '', rows: table.slice(1) };
}

/**
 * Decodes a PNG in the page and measures it: the share of the image (between the stamped header and footer) that is
 * not white, and the share of pixels within a small distance of a given colour.
 */
export async function pngInk(page: Page, bytes: Buffer, colour: string): Promise<{ ink: number; colour: number }> {
  return page.evaluate(
    async ({ base64, hex }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      const top = Math.round(image.height * 0.15);
      const { data } = context.getImageData(0, top, image.width, Math.round(image.height * 0.7));
      const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
      let ink = 0;
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r < 245 || g < 245 || b < 245) ink++;
        if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) < 24) near++;
      }
      const pixels = data.length / 4;
      return { ink: ink / pixels, colour: near / pixels };
    },
    { base64: bytes.toString('base64'), hex: colour },
  );
}

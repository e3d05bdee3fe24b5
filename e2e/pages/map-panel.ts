import { expect, type Locator, type Page } from '@playwright/test';

/** The map panel: its Leaflet map, its lists (the keyboard twin), its key, and the verbs a user performs on it. */
export class MapPanel {
  readonly page: Page;
  readonly panel: Locator;
  /** The Leaflet container, named for assistive technology. */
  readonly map: Locator;
  readonly onlineSwitch: Locator;
  readonly states: Locator;
  readonly corridors: Locator;
  /** Open tooltips (a closing one fades out for a moment: pick one by its title). */
  readonly tooltips: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('region', { name: 'Map', exact: true });
    this.map = this.panel.getByRole('region', { name: /^Map of OTS members and observers in \d{4}, with corridors$/ });
    this.onlineSwitch = this.panel.getByRole('switch', { name: 'Online basemap (OpenStreetMap)' });
    this.states = this.panel.getByRole('list', { name: /^States in \d{4}$/ });
    this.corridors = this.panel.getByRole('list', { name: /^Corridors in \d{4}$/ });
    this.tooltips = page.locator('.leaflet-tooltip.map-tooltip');
    this.status = this.panel.locator('.map-view__status');
  }

  /** An entity's shape on the map, by its dataset id ("KAZ"). */
  shape(entityId: string) {
    return this.map.locator(`path[data-entity="${entityId}"]`);
  }

  /** A country of the land beneath the states, by Natural Earth's name ("Kazakhstan"). */
  land(name: string) {
    return this.map.locator(`.map-land path[data-country="${name}"]`);
  }

  /** The visible line of a corridor's stretches. */
  corridorLines(corridorId: string) {
    return this.map.locator(`path[data-corridor="${corridorId}"][data-part="line"]`);
  }

  /** The tooltip whose title is `title`. */
  tooltip(title: string) {
    return this.tooltips.filter({ has: this.page.locator('.map-tip__title', { hasText: title }) });
  }

  stateButton(name: string) {
    return this.states.getByRole('button', { name, exact: true });
  }

  corridorButton(name: string | RegExp) {
    return this.corridors.getByRole('button', { name });
  }

  /** Waits for the map's shapes (the land and the dataset's) to be on screen. */
  async waitForDrawn() {
    await this.page.waitForFunction(() => performance.getEntriesByName('ots:map-drawn').length > 0);
  }

  /**
   * A point inside the element (a shape, or a corridor's pointer target) that nothing else covers, nearest its centre:
   * where a user pointing at it would land. Null if it is hidden everywhere.
   */
  private async freePoint(locator: Locator): Promise<{ x: number; y: number } | null> {
    return locator.evaluateAll((elements) => {
      const STEPS = 24;
      const candidates: { x: number; y: number; d: number }[] = [];
      for (const el of elements) {
        const box = el.getBoundingClientRect();
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        for (let i = 1; i < STEPS; i++) {
          for (let j = 1; j < STEPS; j++) {
            const x = box.x + (box.width * i) / STEPS;
            const y = box.y + (box.height * j) / STEPS;
            if (document.elementFromPoint(x, y) === el) candidates.push({ x, y, d: Math.hypot(x - cx, y - cy) });
          }
        }
      }
      candidates.sort((a, b) => a.d - b.d);
      return candidates[0] ? { x: candidates[0].x, y: candidates[0].y } : null;
    });
  }

  /** Whether the shapes of these entities all lie within the map's frame (to a pixel). */
  async showsWhole(entityIds: readonly string[]): Promise<boolean> {
    const frame = await this.map.boundingBox();
    if (!frame) return false;
    const boxes = await Promise.all(entityIds.map((id) => this.shape(id).boundingBox()));
    return boxes.every(
      (b) => b && b.x >= frame.x - 1 && b.y >= frame.y - 1 && b.x + b.width <= frame.x + frame.width + 1 && b.y + b.height <= frame.y + frame.height + 1,
    );
  }

  /** The names drawn on the map (not those hidden for want of room), and the pairs of them that overlap. */
  async names(): Promise<{ shown: string[]; overlapping: string[] }> {
    const shown = await this.shownNames();
    const overlapping: string[] = [];
    shown.forEach((a, i) =>
      shown.slice(i + 1).forEach((b) => {
        const cross = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const high = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (cross > 0 && high > 0) overlapping.push(`${a.name} / ${b.name}`);
      }),
    );
    return { shown: shown.filter((n) => !n.capital).map((n) => n.name).sort(), overlapping };
  }

  /** The capitals named on the map, each with the distance in pixels from its name to the nearest capital's dot. */
  async capitals(): Promise<{ name: string; gap: number }[]> {
    const names = (await this.shownNames()).filter((n) => n.capital);
    const dots = await this.map.locator('path.map-capital').evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
    const apart = (a: DOMRect, b: DOMRect) =>
      Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));
    return names
      .map(({ name, rect }) => ({ name, gap: Math.round(Math.min(...dots.map((d) => apart(rect, d)))) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  private async shownNames() {
    return this.map.locator('.map-label__text').evaluateAll((texts) =>
      texts
        .filter((t) => getComputedStyle(t).visibility !== 'hidden')
        .map((t) => ({
          name: t.firstChild?.textContent ?? '',
          capital: t.classList.contains('map-label__text--capital'),
          rect: t.getBoundingClientRect().toJSON() as DOMRect,
        })),
    );
  }

  /**
   * The zoom Leaflet is at or animating to, read from its animation proxy (whose scale is 2^(zoom − 1)); null when zoom
   * animation is off and there is no proxy.
   */
  async zoomLevel(): Promise<number | null> {
    const [scale] = await this.map
      .locator('.leaflet-proxy')
      .evaluateAll((els) => els.map((el) => Number(/scale\(([^)]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? NaN)));
    return scale != null && Number.isFinite(scale) ? Math.log2(scale) + 1 : null;
  }

  /**
   * Zooms in one step with the control and waits for the map to settle. A press while the map is still moving (as a
   * fit to a selection ends) can be dropped by Leaflet: then it is pressed again, until the zoom has changed.
   */
  async zoomIn() {
    const button = this.map.getByRole('button', { name: 'Zoom in' });
    await this.waitForStill();
    const before = await this.zoomLevel();
    if (before == null) {
      await button.click();
      await this.waitForStill();
      return;
    }
    await expect(async () => {
      if ((await this.zoomLevel()) === before) await button.click();
      await this.waitForStill();
      expect(await this.zoomLevel()).toBeGreaterThan(before);
    }).toPass({ timeout: 20_000 });
  }

  /** Waits until the map has stopped moving (a fit to a selection is animated). */
  async waitForStill() {
    const panes = this.map.locator('.leaflet-map-pane');
    await expect
      .poll(async () => {
        const before = await panes.evaluate((el) => getComputedStyle(el).transform + el.parentElement!.className);
        // Sample again a few painted frames later.
        await this.page.evaluate(
          () => new Promise<void>((resolve) => {
            let frames = 6;
            const tick = () => (--frames > 0 ? requestAnimationFrame(tick) : resolve());
            requestAnimationFrame(tick);
          }),
        );
        const after = await panes.evaluate((el) => getComputedStyle(el).transform + el.parentElement!.className);
        return before === after && !after.includes('leaflet-zoom-anim');
      })
      .toBe(true);
  }

  private async pointOn(locator: Locator, what: string) {
    // elementFromPoint only sees what is in the viewport, and the point must not move before the click.
    await this.map.scrollIntoViewIfNeeded();
    await this.waitForStill();
    const point = await this.freePoint(locator);
    if (!point) throw new Error(`${what} cannot be pointed at: something covers it everywhere`);
    return point;
  }

  /** Clicks a state's shape where no line or marker covers it. */
  async clickShape(entityId: string) {
    const { x, y } = await this.pointOn(this.shape(entityId), `the shape of ${entityId}`);
    await this.page.mouse.click(x, y);
  }

  async hoverShape(entityId: string) {
    const { x, y } = await this.pointOn(this.shape(entityId), `the shape of ${entityId}`);
    await this.page.mouse.move(x, y);
  }

  /** Clicks a corridor on the map, on its (invisible, wide) pointer target. */
  async clickCorridorOnMap(corridorId: string) {
    const { x, y } = await this.pointOn(this.map.locator(`path[data-corridor="${corridorId}"][data-part="hit"]`), corridorId);
    await this.page.mouse.click(x, y);
  }

  async hoverCorridorOnMap(corridorId: string) {
    const { x, y } = await this.pointOn(this.map.locator(`path[data-corridor="${corridorId}"][data-part="hit"]`), corridorId);
    await this.page.mouse.move(x, y);
  }

  /**
   * Clicks open sea: the Mediterranean just south of Türkiye's shape, where no state, line or marker is drawn at the
   * region's scale.
   */
  async clickSea() {
    const turkey = await this.shape('TUR').boundingBox();
    if (!turkey) throw new Error('Türkiye is not on the map');
    await this.page.mouse.click(turkey.x + turkey.width * 0.55, turkey.y + turkey.height + 14);
  }

  /** Moves the pointer to the open sea where clickSea clicks. */
  async hoverSea() {
    const turkey = await this.shape('TUR').boundingBox();
    if (!turkey) throw new Error('Türkiye is not on the map');
    await this.page.mouse.move(turkey.x + turkey.width * 0.55, turkey.y + turkey.height + 14);
  }

  /** The size on screen, in CSS pixels, of one tile of the hatching that fills observers' shapes. */
  async hatchTile(): Promise<number> {
    return this.map.locator('svg.map-states').evaluate((svg: SVGSVGElement) => {
      const pattern = svg.querySelector('pattern')!;
      const { a, b } = pattern.patternTransform.baseVal.consolidate()?.matrix ?? new DOMMatrix();
      const unit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return pattern.width.baseVal.value * Math.hypot(a, b) * unit;
    });
  }

  async switchOnlineBasemap(on: boolean) {
    await this.onlineSwitch.setChecked(on);
  }
}

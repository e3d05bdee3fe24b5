import { expect, type Locator, type Page } from '@playwright/test';

/** The GDP and trade panels as a user meets them: series by name, years on the axis, tooltips, tables, downloads. */
export class ChartPanels {
  readonly page: Page;
  readonly gdp: Locator;
  readonly trade: Locator;
  readonly gdpLegend: Locator;
  readonly gdpChart: Locator;
  readonly volumeChart: Locator;

  constructor(page: Page) {
    this.page = page;
    this.gdp = page.getByRole('region', { name: /^GDP( per person)?$/ });
    this.trade = page.getByRole('region', { name: 'Intra-OTS trade' });
    this.gdpLegend = this.gdp.getByRole('list', { name: /^States in the GDP/ });
    this.gdpChart = this.gdp.getByRole('application');
    this.volumeChart = this.trade.getByRole('application', { name: /^Trade among the members/ });
  }

  /** A state's series in the GDP chart, by its key (a toggle button that selects the state). */
  gdpSeries(name: string) {
    return this.gdpLegend.getByRole('button', { name, exact: true });
  }

  /** These states, and no others, are highlighted: pressed in the key, and drawn outlined in the chart. */
  async expectHighlighted(...names: string[]) {
    const ids: string[] = [];
    for (const name of names) {
      const key = this.gdpSeries(name);
      await expect(key).toHaveAttribute('aria-pressed', 'true');
      ids.push((await key.getAttribute('data-series')) ?? '');
    }
    const listed = async () => ((await this.gdp.locator('.chart--gdp').getAttribute('data-highlighted')) ?? '').split(' ').sort();
    await expect.poll(listed).toEqual([...ids].sort());
    // As drawn: their lines are thicker than every other series'.
    await expect.poll(() => this.thickestSeries()).toEqual([...ids].sort());
  }

  /** The series whose drawn line (computed stroke width) is the GDP chart's thickest. */
  private thickestSeries() {
    return this.gdp.evaluate((panel) => {
      const widths = [...panel.querySelectorAll<SVGPathElement>('path[data-series]')]
        .filter((path) => getComputedStyle(path).stroke !== 'none')
        .map((path) => ({ id: path.dataset.series ?? '', width: parseFloat(getComputedStyle(path).strokeWidth) }));
      const thickest = Math.max(...widths.map((w) => w.width));
      return [...new Set(widths.filter((w) => w.width === thickest).map((w) => w.id))].sort();
    });
  }

  async expectNotHighlighted(name: string) {
    await expect(this.gdpSeries(name)).toHaveAttribute('aria-pressed', 'false');
  }

  async chooseGdpView(label: 'Total' | 'By state' | 'Per person') {
    await this.gdp.getByRole('radio', { name: label, exact: true }).check();
  }

  /** The year marker's label in a panel ("2019"), one per chart. */
  yearMarkers(panel: Locator) {
    return panel.locator('.chart-marker--year');
  }

  /** Where a year sits on a chart's x axis, from the positions of two labelled ticks. */
  private async yearPoint(chart: Locator, year: number, heightShare: number) {
    const ticks = chart.locator('.recharts-cartesian-axis-tick-value');
    const labels = await ticks.allTextContents();
    const years = labels.map(Number).filter((y) => Number.isInteger(y));
    const [a, b] = [years[0], years[years.length - 1]];
    if (a == null || b == null || a === b) throw new Error(`cannot read the year axis: ${labels.join(', ')}`);
    const boxA = await ticks.nth(labels.indexOf(String(a))).boundingBox();
    const boxB = await ticks.nth(labels.indexOf(String(b))).boundingBox();
    const surface = await chart.boundingBox();
    if (!boxA || !boxB || !surface) throw new Error('chart not on screen');
    const xa = boxA.x + boxA.width / 2;
    const xb = boxB.x + boxB.width / 2;
    return { x: xa + ((year - a) * (xb - xa)) / (b - a), y: surface.y + surface.height * heightShare };
  }

  /** Clicks a year high in the GDP plot, above the stack, where no series is. */
  async clickGdpYear(year: number) {
    await this.gdpChart.scrollIntoViewIfNeeded();
    const { x, y } = await this.yearPoint(this.gdpChart, year, 0.2);
    await this.page.mouse.click(x, y);
  }

  /** Clicks the GDP plot at a year and at the height of a labelled value tick ("$500 bn"): on a series there. */
  async clickGdpAt(year: number, valueTick: string) {
    await this.gdpChart.scrollIntoViewIfNeeded();
    const { x } = await this.yearPoint(this.gdpChart, year, 0);
    const tick = this.gdpChart.getByText(valueTick, { exact: true });
    const box = await tick.boundingBox();
    if (!box) throw new Error(`no tick ${valueTick}`);
    await this.page.mouse.click(x, box.y + box.height / 2);
  }

  async hoverGdpYear(year: number) {
    await this.gdpChart.scrollIntoViewIfNeeded();
    const { x, y } = await this.yearPoint(this.gdpChart, year, 0.2);
    await this.page.mouse.move(x, y);
  }

  async clickTradeYear(year: number) {
    await this.volumeChart.scrollIntoViewIfNeeded();
    const { x, y } = await this.yearPoint(this.volumeChart, year, 0.15);
    await this.page.mouse.click(x, y);
  }

  gdpTooltip() {
    return this.gdp.locator('.chart-tooltip');
  }

  /** A state's value in the GDP tooltip, as shown ("$776 bn"). */
  gdpTooltipValue(name: string) {
    return this.gdpTooltip().getByRole('listitem').filter({ hasText: name }).locator('.chart-tooltip__value');
  }

  gdpTooltipTotal() {
    return this.gdpTooltip().locator('.chart-tooltip__total .chart-tooltip__value');
  }

  tradeMark(observationId: string) {
    return this.trade.locator(`[data-observation="${observationId}"]`).first();
  }

  tradeTooltip() {
    return this.trade.locator('.chart-tooltip');
  }

  /** Shows a panel's tables; returns the one named (the only one, when no name is given). */
  async showTable(panel: Locator, name?: RegExp) {
    await panel.getByRole('button', { name: /^Show table of/ }).click();
    return name ? panel.getByRole('table', { name }) : panel.getByRole('table');
  }

  /** A cell of a panel's table by its row (the year) and column header (a state's full name, as a screen reader reads it). */
  async tableCell(table: Locator, rowName: RegExp, column: string) {
    // A state's header shows its code and carries its name for screen readers: "TUR" + "Türkiye".
    const headers = await table.getByRole('columnheader').evaluateAll((ths) =>
      ths.map((th) => th.querySelector('.visually-hidden')?.textContent ?? th.textContent ?? ''),
    );
    const index = headers.indexOf(column);
    if (index < 1) throw new Error(`no column ${column} in ${headers.join(', ')}`);
    return table.getByRole('row', { name: rowName }).getByRole('cell').nth(index - 1);
  }

  /**
   * Switches the GDP chart to one line per state and counts the distinct frames in which Türkiye's line is drawn over
   * the next 800 ms: 1 when it appears at once, many when it is animated.
   */
  async framesDrawingLines(): Promise<number> {
    const radio = await this.gdp.getByRole('radio', { name: 'By state', exact: true }).elementHandle();
    return this.page.evaluate(async (input) => {
      (input as HTMLInputElement).click();
      const seen = new Set<string>();
      const start = performance.now();
      while (performance.now() - start < 800) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const line = document.querySelector('#gdp path[data-series="TUR"]');
        if (line) seen.add(`${line.getAttribute('stroke-dasharray')}|${line.getAttribute('d')}`);
      }
      return seen.size;
    }, radio);
  }

  /**
   * Pairs of chart labels (axis ticks, markers, reference lines) in a panel that overlap each other, and labels that
   * stick out of the panel. Both lists are empty when every label is readable.
   */
  async labelProblems(panel: Locator): Promise<{ overlapping: string[]; outside: string[] }> {
    const box = await panel.boundingBox();
    if (!box) throw new Error('panel not on screen');
    const labels = await panel.locator('svg text').evaluateAll((texts) =>
      texts
        .map((t) => ({ text: t.textContent?.trim() ?? '', rect: t.getBoundingClientRect() }))
        .filter((l) => l.text !== '' && l.rect.width > 0)
        .map((l) => ({ text: l.text, x: l.rect.x, y: l.rect.y, w: l.rect.width, h: l.rect.height })),
    );
    const overlapping: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!;
        const b = labels[j]!;
        const cross = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const high = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (cross > 1 && high > 1) overlapping.push(`${a.text} / ${b.text}`);
      }
    }
    const outside = labels
      .filter((l) => l.x < box.x || l.x + l.w > box.x + box.width || l.y < box.y || l.y + l.h > box.y + box.height)
      .map((l) => l.text);
    return { overlapping, outside };
  }

  async download(panel: Locator) {
    const download = this.page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Export / }).click();
    await panel.getByRole('button', { name: /^Download CSV data of/ }).click();
    return download;
  }
}

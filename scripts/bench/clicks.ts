/**
 * Clicks in the atlas, each timed from the click until every view that shows the selection has updated and the frame
 * showing it has been painted. The views all read the same store, so one click re-renders them together; the checks
 * below name, for each kind of click, what each view shows once it has caught up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { armUpdateTiming, freePointScript, updateTiming, type Check, type Point } from './in-page.mjs';

export const CLICK_KINDS = ['state', 'corridor', 'event', 'year'] as const;
export type ClickKind = (typeof CLICK_KINDS)[number];

interface Click {
  kind: ClickKind;
  label: string;
  /** Sends the click (the mouse, at a point of the target). */
  send: (page: Page) => Promise<void>;
  checks: Check[];
}

interface Names {
  entities: Map<string, string>;
  corridors: Map<string, string>;
  events: Map<string, { title: string; year: string }>;
}

const STATES = ['KAZ', 'TUR', 'UZB', 'AZE'];
const CORRIDORS = ['middle-corridor', 'china-kyrgyzstan-uzbekistan', 'black-sea-green-energy', 'caspian-green-energy'];
const EVENTS = ['baku-2019', 'samarkand-2022', 'astana-2015', 'gabala-2025'];

/** Names as the details panel shows them, from the dataset the build ships. */
export function readNames(outDir: string): Names {
  const dataset = JSON.parse(readFileSync(join(outDir, 'data', 'ots.json'), 'utf8')) as {
    entities: Array<{ id: string; name: string }>;
    corridors: Array<{ id: string; name: string }>;
    events: Array<{ id: string; title: string; date: string }>;
  };
  return {
    entities: new Map(dataset.entities.map((e) => [e.id, e.name])),
    corridors: new Map(dataset.corridors.map((c) => [c.id, c.name])),
    events: new Map(dataset.events.map((e) => [e.id, { title: e.title, year: e.date.slice(0, 4) }])),
  };
}

const name = <T>(map: Map<string, T>, id: string): T => {
  const value = map.get(id);
  if (value == null) throw new Error(`the dataset has no "${id}"`);
  return value;
};

async function clickAt(page: Page, find: () => Promise<Point | null>, what: string) {
  await page.locator('#map').scrollIntoViewIfNeeded();
  const point = await find();
  if (!point) throw new Error(`no clickable point on ${what}`);
  await page.mouse.click(point.x, point.y);
}

async function clickLocator(page: Page, selector: string) {
  await page.locator(selector).click();
}

/** The clicks of one run, in order; the year clicks go back and forth from the year on screen. */
export function clicksFor(names: Names, year: number): Click[] {
  const states: Click[] = STATES.map((id) => ({
    kind: 'state',
    label: id,
    send: (page) => clickAt(page, () => page.evaluate(freePointScript, `path[data-entity="${id}"]`), id),
    checks: [
      { selector: '#state-details-name', text: name(names.entities, id) },
      { selector: '#map .map-twin__button[aria-pressed="true"]', text: name(names.entities, id) },
      // The chart's highlight is a style sheet committed with this attribute, so it is drawn in the same frame.
      { selector: `#gdp .chart--gdp[data-highlighted~="${id}"]` },
    ],
  }));
  const corridors: Click[] = CORRIDORS.map((id) => ({
    kind: 'corridor',
    label: id,
    // The map's list twin: a selected corridor fits the map to itself, so after one the next may be out of view.
    send: (page) => page.locator('#map').getByRole('button', { name: name(names.corridors, id), exact: true }).click(),
    checks: [
      { selector: '#corridor-details-name', text: name(names.corridors, id) },
      { selector: '#map .map-twin__button[aria-pressed="true"]', includes: name(names.corridors, id) },
      { selector: '#gdp .chart--gdp:not([data-highlighted=""])' },
    ],
  }));
  const events: Click[] = EVENTS.map((id) => {
    const event = name(names.events, id);
    return {
      kind: 'event',
      label: id,
      send: (page) => clickLocator(page, `#timeline button[data-event-id="${id}"]`),
      checks: [
        { selector: '#event-details-name', text: event.title },
        { selector: `#timeline button[data-event-id="${id}"][aria-current="true"]` },
        { selector: '#year-select', value: event.year },
        { selector: '#map .panel__subtitle', includes: `in ${event.year}` },
      ],
    };
  });
  const years: Click[] = [year - 1, year, year - 1, year].map((to, i) => ({
    kind: 'year',
    label: String(to),
    send: (page) => clickLocator(page, `button[aria-label="${i % 2 === 0 ? 'Previous year' : 'Next year'}"]`),
    checks: [
      { selector: '#year-select', value: String(to) },
      { selector: '#details h3', includes: `The OTS in ${to}` },
      { selector: '#map .panel__subtitle', includes: `in ${to}` },
    ],
  }));
  return [...years, ...states, ...corridors, ...events];
}

/** Back to the overview (not timed), so that each click changes the whole page. */
async function backToOverview(page: Page) {
  const back = page.locator('#details').getByRole('button', { name: 'Back to overview' });
  if ((await back.count()) === 0) return;
  await back.click();
  await page.locator('#details h3', { hasText: 'The OTS in' }).waitFor();
}

/** Times one click; throws if the views never showed it. */
export async function timeClick(page: Page, click: Click): Promise<number> {
  await backToOverview(page);
  await page.evaluate(armUpdateTiming, click.checks);
  await click.send(page);
  const time = await page.evaluate(updateTiming);
  if (typeof time !== 'number') throw new Error(`clicking ${click.kind} ${click.label}: ${time}`);
  return time;
}

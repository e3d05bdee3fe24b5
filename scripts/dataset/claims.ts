/**
 * Claims: every row of claims.csv becomes one claim, with its speaker, publication, stated scope and period as the
 * file gives them. How the atlas reads each claim (the numbers it is tested against) is the atlas's own reading, kept
 * here by claim id: a row without a reading, or a reading without a row, stops the build.
 */
import type { Claim, ClaimPeriod, ClaimReading, OtsEvent } from '../../src/data/schema';
import type { ClaimRow } from './reference';
import type { SourceRegistry } from './sources';
import { sentences } from './text';

/** 1 square mile in km², exactly (1 mile = 1.609344 km). */
const KM2_PER_SQ_MI = 2.589988110336;

interface AtlasReading {
  reading: ClaimReading;
  /** Claims made in one sentence: their scopes are compared. */
  sentence?: string;
}

const COFFEY_SENTENCE = 'coffey-ots-in-one-sentence';

/** The atlas's reading of each claim, by id; for one the dataset cannot check, the reason, in the atlas's words. */
const READINGS: Record<string, AtlasReading | { none: string }> = {
  'coffey-population': {
    sentence: COFFEY_SENTENCE,
    reading: {
      kind: 'range',
      figure: 160_000_000,
      min: 160_000_000,
      max: null,
      unit: 'persons',
      interpretation: "'Well over 160 million' is read as more than 160 million; the margin is shown so the reader can judge 'well over'.",
    },
  },
  'coffey-area': {
    sentence: COFFEY_SENTENCE,
    reading: {
      kind: 'range',
      figure: 1_600_000,
      min: 1_520_000,
      max: 1_680_000,
      unit: 'sq-mi',
      interpretation: `'Roughly' is read as within 5% of 1.6 million sq mi (about ${(1.6 * KM2_PER_SQ_MI).toFixed(2)} million km²).`,
    },
  },
  'coffey-gdp': {
    sentence: COFFEY_SENTENCE,
    reading: {
      kind: 'range',
      figure: 2_000_000_000_000,
      min: 1_800_000_000_000,
      max: 2_000_000_000_000,
      unit: 'USD',
      interpretation: "'Approaching $2 trillion' is read as at least 90% of $2 trillion and not yet past it.",
    },
  },
  'huseynov-trade-share': {
    reading: {
      kind: 'change',
      from: 3,
      to: 7,
      unit: 'percent',
      interpretation:
        'Holds when figures for the claim’s own period show the share of the members’ trade with each other in their total trade at 3% and then at 7%.',
    },
  },
  'huseynov-forty-fields': { none: 'The dataset has no list of the fields the OTS cooperates in, so there is nothing to count.' },
  'coffey-alphabet': {
    none: 'The timeline carries an event only with a dated source of its own, and the dataset has none for this endorsement.',
  },
};

const METRICS: Record<string, Claim['metric']> = {
  population: 'population',
  area: 'area',
  gdp: 'gdp',
  'intra-trade-share': 'intra-trade-share',
  'none in this folder': null,
  events: null,
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 Oct 2025" → "2025-10-07". */
function isoDay(day: string, month: string, year: string, where: string): string {
  const m = MONTHS.indexOf(month.slice(0, 3));
  if (m < 0) throw new Error(`${where}: unknown month "${month}"`);
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const DAY = /(\d{1,2}) ([A-Z][a-z]{2,8}) ((?:19|20)\d\d)/g;

/** "between the Bishkek summit 2024 and Gabala 2025": the two summits' days, from the timeline's events. */
function summitDays(text: string, events: OtsEvent[], where: string): [string, string] | null {
  const match = /between the (\p{L}+) summit(?: of)? ((?:19|20)\d\d) and (\p{L}+) ((?:19|20)\d\d)/iu.exec(text);
  if (!match) return null;
  const day = (city = '', year = '') => {
    const event = events.find((e) => e.id === `${city.toLowerCase()}-${year}`);
    if (!event || event.date.length !== 10) throw new Error(`${where}: no dated summit "${city} ${year}" in the timeline`);
    return event.date;
  };
  return [day(match[1], match[2]), day(match[3], match[4])];
}

export function readPeriod(text: string, events: OtsEvent[], where: string): ClaimPeriod {
  if (/^at the time of writing\b/.test(text)) return { kind: 'time-of-writing', text };
  if (/^\d{4}$/.test(text.trim())) return { kind: 'year', year: Number(text), text };
  const fromSummits = summitDays(text, events, where);
  const stated = [...text.matchAll(DAY)].map((m) => isoDay(m[1] ?? '', m[2] ?? '', m[3] ?? '', where));
  if (stated.length === 2) {
    const [from = '', to = ''] = stated;
    // The days given in brackets must be the summits' own.
    if (fromSummits && (fromSummits[0] !== from || fromSummits[1] !== to)) {
      throw new Error(`${where}: "${text}" does not match the summits' dates ${fromSummits.join(' to ')}`);
    }
    return { kind: 'between', from, to, text };
  }
  if (fromSummits) return { kind: 'between', from: fromSummits[0], to: fromSummits[1], text };
  throw new Error(`${where}: cannot read the period "${text}"`);
}

/** "late 2025 (after the Gabala summit of 7 Oct 2025, …)" → the year it was made in, and the day after which. */
export function readPublished(text: string, where: string): NonNullable<Claim['published']> {
  const years = [...text.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const year = years[0];
  if (year == null) throw new Error(`${where}: no year in "${text}"`);
  const after = /\bafter\b[^)]*?(\d{1,2}) ([A-Z][a-z]{2,8}) ((?:19|20)\d\d)/.exec(text);
  return { text, year, ...(after ? { after: isoDay(after[1] ?? '', after[2] ?? '', after[3] ?? '', where) } : {}) };
}

export function readScope(text: string): Claim['statedScope'] {
  if (/\bobservers\b/i.test(text)) return { text, scope: 'all' };
  if (/\bmembers\b/i.test(text) || /^the OTS$/i.test(text.trim())) return { text, scope: 'members' };
  return { text, scope: null };
}

/** `article "Title", Publisher; quoted in …` → the publication's title, publisher and what else is said of it. */
export function readPublication(text: string, where: string): { kind: string; title: string; publisher: string; rest: string } {
  const match = /^([^"]+?) "([^"]+)", ([^;(]+?)\s*(?:[;(](.*))?$/.exec(text);
  if (!match) throw new Error(`${where}: cannot read the publication "${text}"`);
  const rest = (match[4] ?? '').replace(/\)$/, '').trim();
  return { kind: match[1] ?? '', title: match[2] ?? '', publisher: match[3] ?? '', rest };
}

/** The field as given, or the same field of the last row by the same speaker when it says "as above". */
function resolved(rows: readonly ClaimRow[], index: number, key: keyof ClaimRow): string {
  for (let i = index; i >= 0; i--) {
    const row = rows[i];
    if (!row || row.speaker !== rows[index]?.speaker) continue;
    if (row[key] !== 'as above') return row[key];
  }
  throw new Error(`claims.csv row ${index + 2}: "${key}" says "as above" with nothing above it`);
}

const slugOf = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function buildClaims(rows: ClaimRow[], events: OtsEvent[], registry: SourceRegistry): Claim[] {
  const file = registry.addUnaddressed({
    id: 'ots-atlas-reference-claims',
    title: 'Claims about the OTS: the words, who said them, where and when, and the scope and period they stated (claims.csv)',
    publisher: 'OTS Atlas reference collection',
    licence: 'A few words quoted from each publication; © their publishers',
    caveat:
      'A file of the atlas’s own reference collection (data/reference/claims.csv), compiled from the two texts the project ' +
      'began from: an opinion piece on commonspace.eu and a news report quoting The National Interest.',
  });
  const claims = rows.map((row, i) => {
    const where = `claims.csv row ${i + 2} (${row.id})`;
    const atlas = READINGS[row.id];
    if (!atlas) throw new Error(`${where}: the atlas has no reading of this claim`);
    if (!(row.checkable_with in METRICS)) throw new Error(`${where}: unknown checkable_with "${row.checkable_with}"`);
    const metric = METRICS[row.checkable_with] ?? null;
    const publishedIn = resolved(rows, i, 'published_in');
    const publication = readPublication(publishedIn, where);
    const source = registry.addUnaddressed({
      id: `${slugOf(row.speaker.split(' ').pop() ?? row.speaker)}-${slugOf(publication.publisher)}`,
      title: publication.title,
      publisher: publication.publisher,
      licence: '© the publisher; a few words quoted',
      caveat: sentences(
        `${publication.kind.charAt(0).toUpperCase()}${publication.kind.slice(1)} by ${row.speaker}`,
        publication.rest,
        'The reference collection records no address for it',
      ) ?? publication.title,
    });
    const reading: ClaimReading = 'none' in atlas ? { kind: 'none', reason: atlas.none } : atlas.reading;
    if ((reading.kind === 'none') !== (metric === null)) throw new Error(`${where}: the reading and checkable_with disagree`);
    const claim: Claim = {
      id: row.id,
      words: row.claim_words,
      metric,
      speaker: { name: row.speaker, role: resolved(rows, i, 'speaker_role') },
      publishedIn,
      published: readPublished(resolved(rows, i, 'published_when'), where),
      statedScope: readScope(row.stated_scope),
      statedPeriod: readPeriod(row.stated_period, events, where),
      reading,
      shownIn: metric === 'intra-trade-share' ? 'trade' : 'details',
      sources: [source, file],
    };
    if (!('none' in atlas) && atlas.sentence) claim.sentence = atlas.sentence;
    const note = reading.kind === 'none' ? undefined : sentences(row.note);
    if (note) claim.note = note;
    return claim;
  });
  // A reading kept for a claim the file no longer has is a mistake too.
  const missing = Object.keys(READINGS).filter((id) => !claims.some((c) => c.id === id));
  if (missing.length > 0) throw new Error(`claims.csv: no row for the reading(s) ${missing.join(', ')}`);
  return claims;
}

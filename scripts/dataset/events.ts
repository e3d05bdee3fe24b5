/**
 * Timeline events from summits.csv: summits held since 2009 and the plans announced for 2026.
 */
import type { OtsEvent } from '../../src/data/schema';
import type { SummitRow } from './reference';
import type { SourceRegistry } from './sources';
import { leadingPartialDate, ordinal, parseNumber, sentences } from './text';

/** Ids (and titles where the row is not a numbered summit) by the `seq` column. */
const EVENT_IDS: Record<string, { id: string; title?: string }> = {
  '1': { id: 'nakhchivan-2009', title: 'Nakhchivan Summit (founding)' },
  '2': { id: 'istanbul-2010', title: '10th Summit of Heads of Turkic-Speaking States' },
  '3': { id: 'almaty-2011' },
  '4': { id: 'bishkek-2012' },
  '5': { id: 'gabala-2013' },
  '6': { id: 'bodrum-2014' },
  '7': { id: 'astana-2015' },
  '8': { id: 'cholpon-ata-2018' },
  '9': { id: 'baku-2019' },
  '10': { id: 'video-extraordinary-2020', title: 'Extraordinary Summit (videoconference)' },
  '11': { id: 'video-informal-2021', title: 'Informal Summit (videoconference)' },
  '12': { id: 'istanbul-2021' },
  '13': { id: 'samarkand-2022' },
  '14': { id: 'ankara-2023', title: 'Extraordinary Summit' },
  '15': { id: 'astana-2023' },
  '16': { id: 'shusha-2024', title: 'Informal Summit' },
  '17': { id: 'bishkek-2024' },
  '18': { id: 'budapest-2025', title: 'Informal Summit' },
  '19': { id: 'gabala-2025' },
  '20': { id: 'kazakhstan-informal-2026', title: 'Informal Summit (announced)' },
  '21': { id: 'turkiye-summit-2026', title: 'Summit in Türkiye (expected)' },
  '22': { id: 'military-exercise-2026', title: 'Joint OTS military exercise (proposed)' },
  '23': { id: 'ots-sat-2026', title: 'OTS-SAT CubeSat launch (target)' },
};

const KINDS: Record<string, OtsEvent['kind']> = {
  founding_summit: 'founding',
  pre_council_summit: 'pre-council',
  summit: 'ordinary',
  extraordinary_summit: 'extraordinary',
  extraordinary_summit_video: 'extraordinary',
  informal_summit: 'informal',
  informal_summit_video: 'informal',
  announced_informal_summit: 'plan',
  announced_summit: 'plan',
  announced_plan: 'plan',
};

const STATUSES: Record<string, OtsEvent['status']> = {
  held: 'held',
  planned: 'planned',
  'planned (unconfirmed)': 'unconfirmed',
  proposed: 'proposed',
};

/** Notes that are about the date ("Wikipedia list gives 21 Oct 2011", "Some outlets describe … 6-7 Oct"). */
const ABOUT_DATES = /\b\d{1,2}(-\d{1,2})? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\bdates\b/;

/** A membership_changes part that records a status change rather than attendance. */
const STATUS_CHANGE = /^(Founding members:|[^:]+: (observer|full member)\b)/;

/** Splits "Gabala (Qabala)" or "(videoconference; planned for Turkistan)" into a city and remarks. */
function readCity(cell: string): { city: string | null; online: boolean; remarks: string[] } {
  const match = /^([^(]*?)\s*(?:\(([^)]*)\))?$/.exec(cell.trim());
  const city = match?.[1]?.trim() || null;
  const parts = (match?.[2] ?? '').split('; ').filter((p) => p !== '');
  const online = parts.includes('videoconference');
  const remarks = parts
    .filter((p) => p !== 'videoconference')
    .map((p) => {
      if (p.startsWith('planned for ')) return `Originally planned for ${p.slice('planned for '.length)}`;
      if (city && /^[A-Z][a-z]+$/.test(p)) return `${city} is also spelled ${p}`;
      return `Venue: ${p}, ${city ?? ''}`.replace(/, $/, '');
    });
  return { city, online, remarks: online ? ['Held by videoconference', ...remarks] : remarks };
}

/** "13 (inferred)" → 13, inferred; "9th Summit of Heads of Turkic-Speaking States" → null (kept as a note). */
function readNumber(cell: string): { number: number | null; inferred: boolean } {
  const match = /^(\d+)( \(inferred\))?$/.exec(cell.trim());
  if (!match) return { number: null, inferred: false };
  return { number: parseNumber(match[1] ?? '', 'summits.csv number'), inferred: match[2] !== undefined };
}

export function buildEvents(rows: SummitRow[], registry: SourceRegistry, entityIdByName: (name: string) => string): OtsEvent[] {
  return rows.map((row) => {
    const config = EVENT_IDS[row.seq];
    const kind = KINDS[row.type];
    const status = STATUSES[row.status];
    if (!config || !kind || !status) throw new Error(`summits.csv row ${row.seq}: unmapped id, type "${row.type}" or status "${row.status}"`);

    const { number, inferred } = readNumber(row.number);
    const title = config.title ?? (number !== null ? `${ordinal(number)} Summit` : undefined);
    if (!title) throw new Error(`summits.csv row ${row.seq}: no title`);

    const date = leadingPartialDate(row.date_start);
    if (!date) throw new Error(`summits.csv row ${row.seq}: no date in "${row.date_start}"`);
    const dateRemark = row.date_start.trim() !== date ? `Date as announced: ${row.date_start.trim()}` : undefined;
    const endDate = row.date_end !== '' && row.date_end !== row.date_start ? row.date_end : undefined;

    const { city, online, remarks } = readCity(row.city);
    const [country = '', hostRemark] = row.country.split(/ \((.*)\)$/);
    const changeParts = row.membership_changes.split('; ').filter((p) => p !== '');
    const attendance = changeParts.flatMap((part) => {
      if (!STATUS_CHANGE.test(part)) return [part];
      return [...part.matchAll(/^Founding members:[^(]*\(([^)]*)\)/g)].map((m) => m[1] ?? '');
    });
    const numberedAs = number === null && row.number !== '' && row.number !== title ? `Also counted as the ${row.number}` : undefined;
    const notesAboutDates = ABOUT_DATES.test(row.notes);

    const event: OtsEvent = {
      id: config.id,
      kind,
      number,
      title,
      date,
      city,
      hostId: country === '' ? null : entityIdByName(country),
      location: row.lat === '' || online ? null : { lat: parseNumber(row.lat, 'lat'), lon: parseNumber(row.lon, 'lon') },
      online,
      theme: row.theme === '' ? null : row.theme,
      outcomes: row.key_outcomes
        .split('; ')
        .filter((o) => o !== '')
        .map((o) => o.charAt(0).toUpperCase() + o.slice(1)),
      membershipChanges: [],
      status,
      sources: row.sources.split(' | ').map((url) => registry.add({ url })),
    };
    if (inferred) event.numberInferred = true;
    if (status !== 'held') {
      // A plan is as its latest source states it, on the day that source was published.
      const published = event.sources.flatMap((id) => registry.get(id)?.published ?? []).sort();
      const asOf = published[published.length - 1];
      if (asOf) event.statusAsOf = asOf;
    }
    if (endDate) event.endDate = endDate;
    const dateNote = sentences(dateRemark, notesAboutDates ? row.notes : undefined);
    if (dateNote) event.dateNote = dateNote;
    const note = sentences(
      numberedAs,
      ...remarks,
      hostRemark ? `Host as recorded: ${country} (${hostRemark})` : undefined,
      ...attendance,
      notesAboutDates ? undefined : row.notes,
    );
    if (note) event.note = note;
    return event;
  });
}

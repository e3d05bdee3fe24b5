/**
 * Reads the reference collection in data/reference/ into typed records. Nothing else is read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecords } from './csv';

const COLUMNS = {
  states: ['code', 'name', 'capital', 'capital_lat', 'capital_lon', 'capital_coord_source', 'ots_status', 'joined_date', 'joined_at', 'official_language', 'script', 'script_note', 'population_2024', 'area_km2', 'sources'],
  area: ['iso3', 'total_km2', 'land_km2', 'water_km2', 'source'],
  trnc: ['indicator', 'ref_year', 'value', 'unit', 'source_title', 'source_url', 'notes'],
  series: ['iso3', 'year', 'value'],
  trade: ['ref_year', 'metric', 'value', 'unit', 'scope', 'speaker_or_author', 'statement_date', 'source_title', 'source_url', 'notes'],
  sourceDates: ['url', 'published', 'evidence'],
  claims: ['id', 'claim_words', 'speaker', 'speaker_role', 'published_in', 'published_when', 'stated_scope', 'stated_period', 'checkable_with', 'note'],
  dots: ['reporter_iso3', 'partner_iso3', 'year', 'flow', 'basis', 'value_usd', 'value_usd_millions_as_published', 'imf_estimate_flag', 'source_file', 'source_commit'],
  wdiTrade: ['reporter_iso3', 'partner_iso3', 'year', 'flow', 'indicator_code', 'value_usd', 'source_file', 'source_commit'],
  summits: ['seq', 'type', 'number', 'date_start', 'date_end', 'city', 'country', 'lat', 'lon', 'theme', 'key_outcomes', 'membership_changes', 'status', 'sources', 'notes'],
} as const;

type Columns<K extends keyof typeof COLUMNS> = Record<(typeof COLUMNS)[K][number], string>;
export type StateRow = Columns<'states'>;
export type AreaRow = Columns<'area'>;
export type TrncRow = Columns<'trnc'>;
export type SeriesRow = Columns<'series'>;
export type TradeRow = Columns<'trade'>;
export type SummitRow = Columns<'summits'>;
export type SourceDateRow = Columns<'sourceDates'>;
export type ClaimRow = Columns<'claims'>;
export type DotsRow = Columns<'dots'>;
export type WdiTradeRow = Columns<'wdiTrade'>;

export interface RawWaypoint {
  order: number;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  role: string;
  coord_source: string | null;
  branch?: string;
  indicative?: boolean;
  note?: string;
}

/** A length or capacity block: its shape differs from corridor to corridor, so it is read field by field. */
export type RawBlock = Record<string, unknown>;

export interface RawCorridor {
  id: string;
  name: string;
  type: string;
  status: string;
  countries?: string[];
  opened?: string;
  key_dates?: Record<string, string>;
  length_km: RawBlock | null;
  capacity: RawBlock | null;
  throughput?: { year: number; value_mt: number; source: string; note?: string }[];
  transit_time?: string;
  progress?: Record<string, string | number>[];
  governance?: string;
  cost?: string;
  segments?: { segment: string; from: string; to: string }[];
  waypoints: RawWaypoint[];
  sources: { title: string; url: string }[];
  notes?: string;
}

export interface RawChokepoint {
  id: string;
  name: string;
  part_of?: string;
  lat: number;
  lon: number;
  length_km?: number;
  min_width_m?: number;
  width_km?: string;
  width?: string;
  coord_source: string;
  governed_by?: string;
  carries?: string[];
  sources: string[];
  notes?: string;
}

export interface Reference {
  states: StateRow[];
  area: AreaRow[];
  trnc: TrncRow[];
  gdp: SeriesRow[];
  population: SeriesRow[];
  trade: TradeRow[];
  summits: SummitRow[];
  claims: ClaimRow[];
  /** IMF DOTS bilateral exports and imports (trade_dots_bilateral.csv). */
  dots: DotsRow[];
  /** World Bank merchandise exports and imports with the World (trade_wdi_merchandise_totals.csv). */
  wdiTrade: WdiTradeRow[];
  corridors: RawCorridor[];
  chokepoints: RawChokepoint[];
  /** When cited pages were published, where the compilers recorded it, with how they read it. */
  sourceDates: SourceDateRow[];
  /** Lower-case word → its most frequent spelling across the text files ("ots" → "OTS"). */
  casing: Map<string, string>;
}

/**
 * Learns how proper names and acronyms are spelt in the reference texts ("ots" → "OTS", "baku" → "Baku").
 * URLs, identifiers and words that open a sentence or a field are ignored; a word seen in lower case anywhere is left alone.
 */
function casingOf(texts: string[], names: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const lowerSeen = new Set<string>();
  const count = (word: string) => {
    const forms = counts.get(word.toLowerCase()) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    counts.set(word.toLowerCase(), forms);
  };
  // Place names (cities, countries, waypoints) count wherever they stand.
  for (const name of names) for (const [word] of name.matchAll(/\p{Lu}[\p{L}\p{N}']*/gu)) count(word);
  for (const text of texts) {
    const prose = text.replace(/https?:\/\/\S+/g, ' ');
    for (const match of prose.matchAll(/\p{L}[\p{L}\p{N}']*/gu)) {
      const word = match[0];
      const lower = word.toLowerCase();
      const end = match.index + word.length;
      // Skip identifiers and file names: ots_status, central_asia_azerbaijan_green_corridor, trnc.csv.
      if (prose.charAt(match.index - 1) === '_' || /^(_|\.\w)/.test(prose.slice(end, end + 2))) continue;
      if (word === lower) {
        lowerSeen.add(lower);
        continue;
      }
      const before = prose.slice(0, match.index).trimEnd();
      if (before === '' || /[.;:(,"\n|]$/.test(before)) continue;
      count(word);
    }
  }
  const casing = new Map<string, string>();
  for (const [lower, forms] of counts) {
    if (lowerSeen.has(lower)) continue;
    const [best] = [...forms].sort((a, b) => b[1] - a[1]);
    if (best) casing.set(lower, best[0]);
  }
  return casing;
}

export function loadReference(dir: string): Reference {
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');
  const csv = <K extends keyof typeof COLUMNS>(name: string, kind: K) => parseRecords(text(name), COLUMNS[kind], name);
  const corridors = JSON.parse(text('corridors.json')) as { corridors: RawCorridor[]; chokepoints: RawChokepoint[] };
  const states = csv('states.csv', 'states');
  const summits = csv('summits.csv', 'summits');
  const names = [
    ...states.flatMap((s) => [s.name, s.capital]),
    ...summits.flatMap((s) => [s.city, s.country]),
    ...corridors.corridors.flatMap((c) => c.waypoints.map((w) => w.name)),
  ];
  return {
    states,
    area: csv('area.csv', 'area'),
    trnc: csv('trnc.csv', 'trnc'),
    gdp: csv('gdp_current_usd.csv', 'series'),
    population: csv('population.csv', 'series'),
    trade: csv('intra_ots_trade.csv', 'trade'),
    summits,
    claims: csv('claims.csv', 'claims'),
    dots: csv('trade_dots_bilateral.csv', 'dots'),
    wdiTrade: csv('trade_wdi_merchandise_totals.csv', 'wdiTrade'),
    corridors: corridors.corridors,
    chokepoints: corridors.chokepoints,
    sourceDates: csv('source_dates.csv', 'sourceDates'),
    casing: casingOf(['states.csv', 'trnc.csv', 'intra_ots_trade.csv', 'summits.csv', 'corridors.json'].map(text), names),
  };
}

/**
 * Transport and energy corridors and the chokepoints on them, from corridors.json.
 */
import type { Chokepoint, Corridor, CorridorDate, Stretch, Waypoint } from '../../src/data/schema';
import type { FixedSources } from './catalogue';
import type { RawBlock, RawChokepoint, RawCorridor, RawWaypoint } from './reference';
import type { SourceRegistry } from './sources';
import { findUrl, formatNumber, humanize, leadingPartialDate, sentences, slugify } from './text';

interface CorridorConfig {
  id: string;
  shortName: string;
  kind: Corridor['kind'];
  /** OTS entities on the route, in route order. */
  crosses: string[];
  otherCountries: string[];
}

/** Keyed by the id used in corridors.json. */
const CORRIDOR_CONFIG: Record<string, CorridorConfig> = {
  middle_corridor: { id: 'middle-corridor', shortName: 'Middle Corridor', kind: 'multimodal', crosses: ['KAZ', 'AZE', 'TUR'], otherCountries: ['China', 'Georgia', 'Romania'] },
  zangezur_tripp: { id: 'zangezur-tripp', shortName: 'Zangezur / TRIPP', kind: 'multimodal', crosses: ['AZE', 'TUR'], otherCountries: ['Armenia'] },
  baku_tbilisi_kars: { id: 'baku-tbilisi-kars', shortName: 'Baku–Tbilisi–Kars', kind: 'rail', crosses: ['AZE', 'TUR'], otherCountries: ['Georgia'] },
  china_kyrgyzstan_uzbekistan_rail: { id: 'china-kyrgyzstan-uzbekistan', shortName: 'China–Kyrgyzstan–Uzbekistan', kind: 'rail', crosses: ['KGZ', 'UZB'], otherCountries: ['China'] },
  central_asia_azerbaijan_green_corridor: { id: 'caspian-green-energy', shortName: 'Caspian green energy', kind: 'power-cable', crosses: ['UZB', 'KAZ', 'AZE'], otherCountries: [] },
  caspian_black_sea_europe_green_corridor: { id: 'black-sea-green-energy', shortName: 'Black Sea green energy', kind: 'power-cable', crosses: ['AZE', 'HUN'], otherCountries: ['Georgia', 'Romania'] },
  btc_pipeline: { id: 'baku-tbilisi-ceyhan', shortName: 'BTC pipeline', kind: 'oil-pipeline', crosses: ['AZE', 'TUR'], otherCountries: ['Georgia'] },
  southern_gas_corridor: { id: 'southern-gas-corridor', shortName: 'Southern Gas Corridor', kind: 'gas-pipeline', crosses: ['AZE', 'TUR'], otherCountries: ['Georgia', 'Greece', 'Albania', 'Italy'] },
};

type Stage = NonNullable<CorridorDate['stage']>;
interface Milestone {
  kind: CorridorDate['kind'];
  stage: Stage | null;
  stretch?: string;
}

/**
 * What each of a corridor's key dates records (see MILESTONE_KINDS in src/data/kinds.ts): the compilers' reading of
 * the label the reference files give it. A signing or an opening starts a stage; a joint venture or a further
 * agreement reports one already begun; "target" and "expected" dates set no status. Every key date must be classified.
 */
const MILESTONES: Record<string, Record<string, Milestone>> = {
  zangezur_tripp: {
    washington_joint_declaration: { kind: 'start', stage: 'announced', stretch: 'tripp' },
    us_armenia_implementation_framework_published: { kind: 'report', stage: 'agreed', stretch: 'tripp' },
    horadiz_aghband_rail_target: { kind: 'target', stage: 'operational', stretch: 'horadiz-aghband' },
  },
  baku_tbilisi_kars: { opened: { kind: 'start', stage: 'operational' } },
  china_kyrgyzstan_uzbekistan_rail: {
    intergovernmental_agreement: { kind: 'start', stage: 'agreed' },
    joint_venture_established: { kind: 'report', stage: 'agreed' },
    construction_launch_ceremony: { kind: 'start', stage: 'under-construction' },
    expected_completion: { kind: 'target', stage: 'operational' },
  },
  central_asia_azerbaijan_green_corridor: {
    mou_energy_systems_interconnection: { kind: 'start', stage: 'agreed' },
    adb_technical_assistance: { kind: 'report', stage: 'agreed' },
    mou_with_adb_aiib_feasibility: { kind: 'report', stage: 'agreed' },
  },
  caspian_black_sea_europe_green_corridor: {
    strategic_partnership_agreement: { kind: 'start', stage: 'agreed' },
    joint_venture_green_energy_corridor_power_company: { kind: 'report', stage: 'agreed' },
    target_operation: { kind: 'target', stage: 'operational' },
  },
  btc_pipeline: {
    first_oil_pumped_baku: { kind: 'start', stage: 'operational' },
    first_oil_reached_ceyhan: { kind: 'report', stage: 'operational' },
    official_opening_ceyhan: { kind: 'report', stage: 'operational' },
  },
  southern_gas_corridor: {
    // The South Caucasus Pipeline carried gas before the corridor was inaugurated, on dates the sources do not give:
    // the inauguration shows the section in service, it does not start it.
    sgc_inaugurated_baku: { kind: 'report', stage: 'operational', stretch: 'scp' },
    tanap_first_section_inaugurated_eskisehir: { kind: 'start', stage: 'operational', stretch: 'tanap-posof-eskisehir' },
    tanap_completed_ipsala: { kind: 'start', stage: 'operational', stretch: 'tanap-eskisehir-ipsala' },
    tap_commercial_operations: { kind: 'start', stage: 'operational', stretch: 'tap' },
    first_gas_to_italy_via_tap: { kind: 'report', stage: 'operational', stretch: 'tap' },
  },
};

interface StretchConfig extends Omit<Stretch, 'status'> {
  status: Stretch['status'];
  /** The `order` of the waypoints the stretch leads to. */
  waypoints: number[];
}

/**
 * Parts of a corridor with dates of their own, and the status the reference files record for each. A waypoint
 * listed belongs to the stretch that leads to it.
 */
const STRETCHES: Record<string, StretchConfig[]> = {
  middle_corridor: [
    // The reference files name this branch "Türkiye rail branch (BTK)": it is usable from the BTK railway's opening.
    { id: 'turkiye-rail-branch', name: 'Türkiye rail branch, via the Baku–Tbilisi–Kars railway', branch: true, status: 'operational', waypoints: [8, 9, 10] },
  ],
  zangezur_tripp: [
    { id: 'horadiz-aghband', name: 'Horadiz–Aghband railway (Azerbaijan)', branch: false, status: 'under-construction', waypoints: [1, 2] },
    { id: 'tripp', name: 'TRIPP: the route through Armenia to Nakhchivan', branch: false, status: 'planned', waypoints: [3, 4] },
    { id: 'nakhchivan-railway', name: 'Nakhchivan railway, to be restored', branch: false, status: null, statusNote: 'No status or date is given for it; the sources say it is to be restored.', waypoints: [5] },
    { id: 'kars-dilucu', name: 'Kars–Iğdır–Aralık–Dilucu railway (Türkiye)', branch: false, status: 'under-construction', waypoints: [6, 7, 8] },
  ],
  southern_gas_corridor: [
    { id: 'scp', name: 'South Caucasus Pipeline (Sangachal to the Georgia–Türkiye border)', branch: false, status: 'operational', waypoints: [1, 2, 3] },
    { id: 'tanap-posof-eskisehir', name: 'TANAP, Posof to Eskişehir', branch: false, status: 'operational', waypoints: [4] },
    { id: 'tanap-eskisehir-ipsala', name: 'TANAP, Eskişehir to İpsala', branch: false, status: 'operational', waypoints: [5] },
    { id: 'tap', name: 'Trans Adriatic Pipeline (TAP), Kipoi to Melendugno', branch: false, status: 'operational', waypoints: [6, 7] },
  ],
};

/** Readable labels for the keys of key_dates, length and capacity blocks. */
const LABELS: Record<string, string> = {
  opened: 'Opened',
  washington_joint_declaration: 'Washington Joint Declaration (Azerbaijan–Armenia)',
  us_armenia_implementation_framework_published: 'US–Armenia implementation framework published',
  horadiz_aghband_rail_target: 'Horadiz–Aghband railway: target for operation',
  intergovernmental_agreement: 'Intergovernmental agreement',
  joint_venture_established: 'Joint venture established',
  construction_launch_ceremony: 'Construction launch ceremony',
  expected_completion: 'Expected completion',
  mou_energy_systems_interconnection: 'MoU on interconnecting the energy systems',
  adb_technical_assistance: 'ADB technical assistance',
  mou_with_adb_aiib_feasibility: 'MoU with ADB and AIIB on the feasibility study',
  strategic_partnership_agreement: 'Strategic partnership agreement',
  joint_venture_green_energy_corridor_power_company: 'Joint venture (Green Energy Corridor Power Company) set up',
  target_operation: 'Target start of operation',
  first_oil_pumped_baku: 'First oil pumped at Baku',
  first_oil_reached_ceyhan: 'First oil reached Ceyhan',
  official_opening_ceyhan: 'Official opening at Ceyhan',
  sgc_inaugurated_baku: 'Southern Gas Corridor inaugurated in Baku',
  tanap_first_section_inaugurated_eskisehir: 'TANAP first section inaugurated at Eskişehir',
  tanap_completed_ipsala: 'TANAP completed at İpsala',
  tap_commercial_operations: 'TAP commercial operations',
  first_gas_to_italy_via_tap: 'First gas to Italy via TAP',
  tripp_armenian_section: 'TRIPP (Armenian section)',
  horadiz_aghband_rail: 'Horadiz–Aghband railway',
  kars_igdir_aralik_dilucu_rail: 'Kars–Iğdır–Aralık–Dilucu railway',
  nakhchivan_rail_to_restore: 'Nakhchivan railway to be restored',
  horadiz_aghband_rail_pct: 'Horadiz–Aghband railway',
  design_pct: 'design',
  construction_pct: 'construction',
  overall_pct: 'overall',
  highway_pct: 'highway',
  tanap: 'TANAP',
  tap: 'TAP',
};
const label = (key: string) => LABELS[key] ?? humanize(key);

const STATUSES: [RegExp, Corridor['status']][] = [
  [/^operational\b/, 'operational'],
  [/^under construction\b/, 'under-construction'],
  [/^planned\b/, 'planned'],
];

/** Removes "(https://…)" citations from a text and returns the URLs separately. */
function splitCitations(text: string): { text: string; urls: string[] } {
  const urls: string[] = [];
  const stripped = text.replace(/\s*\(?(https?:\/\/[^\s)]+)\)?/g, (_, url: string) => {
    urls.push(url);
    return '';
  });
  return { text: stripped.trim(), urls };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
const km = (v: number) => `${formatNumber(v)} km`;

/** The sources a length or capacity block names ("sources" array or "source" URL), else the corridor's. */
function blockSources(block: RawBlock, registry: SourceRegistry, fallback: string[]): string[] {
  const urls = Array.isArray(block.sources) ? block.sources.filter(isString) : isString(block.source) ? [block.source] : [];
  if (urls.length === 0) return fallback;
  return urls.map((u) => {
    // "https://silkroute.news (Issue 511, 26.11.2025)": the bracket is the issue.
    const url = findUrl(u) ?? u;
    const version = /\((.*)\)$/.exec(u)?.[1];
    return registry.add(version ? { url, version } : { url });
  });
}

function lengthOf(block: RawBlock | null, registry: SourceRegistry, fallback: string[]): Corridor['length'] {
  if (block === null) return null;
  const variants = isString(block.variants) ? splitCitations(block.variants) : { text: '', urls: [] };
  const others = variants.text ? `; other figures: ${variants.text}` : '';
  let kmValue: number | null = null;
  let text: string;
  if (isNumber(block.rail) && isNumber(block.sea)) {
    kmValue = block.rail;
    text = `${km(block.rail)} rail + ${km(block.sea)} sea${others}`;
  } else if (isString(block.total_sgc)) {
    const sections = Object.entries((block.tap_by_section ?? {}) as Record<string, number>).map(([k, v]) => `${k} ${formatNumber(v)}`);
    const scp = block.scp === null ? 'SCP length not found' : `SCP ${km(Number(block.scp))}`;
    text = `${block.total_sgc} in all; TANAP ${km(Number(block.tanap))}; TAP ${km(Number(block.tap))} (${sections.join(', ')}); ${scp}`;
  } else if (isNumber(block.value)) {
    kmValue = block.value;
    const byCountry = Object.entries((block.by_country ?? {}) as Record<string, number>).map(([k, v]) => `${k} ${formatNumber(v)}`);
    text = `${km(block.value)}${byCountry.length > 0 ? ` (${byCountry.join(', ')})` : ''}${others}`;
  } else if (isString(block.value)) {
    text = `${block.value} km${variants.text ? ` (sources differ: ${variants.text})` : ''}`;
  } else {
    text = Object.entries(block)
      .filter(([k]) => k !== 'sources')
      .map(([k, v]) => `${label(k)}: ${isNumber(v) ? km(v) : String(v)}`)
      .join('; ');
  }
  const sources = [...new Set([...blockSources(block, registry, fallback), ...variants.urls.map((url) => registry.add({ url }))])];
  return { km: kmValue, text, sources };
}

function capacityOf(block: RawBlock | null, registry: SourceRegistry, fallback: string[]): Corridor['capacity'] {
  if (block === null) return null;
  let text: string;
  if (isString(block.value)) {
    text = block.value;
    if (isString(block.variants)) text += `; other figures: ${block.variants}`;
    if (isString(block.note)) text += `. ${block.note}`;
  } else {
    text = Object.entries(block)
      .filter(([k]) => k !== 'sources' && k !== 'source')
      .map(([k, v]) => `${label(k)}: ${String(v)}`)
      .join('; ');
  }
  return { text, sources: blockSources(block, registry, fallback) };
}

/** key_dates (or `opened`) → dated milestones; values without a year are returned for the note instead. */
function datesOf(raw: RawCorridor, sources: string[]): { dates: CorridorDate[]; undated: string[] } {
  const entries = Object.entries(raw.key_dates ?? {});
  if (raw.opened) entries.unshift(['opened', raw.opened]);
  const dates: CorridorDate[] = [];
  const undated: string[] = [];
  for (const [key, value] of entries) {
    const milestone = MILESTONES[raw.id]?.[key];
    if (!milestone) throw new Error(`corridors.json ${raw.id}: key date "${key}" is not classified (add it to MILESTONES)`);
    const date = leadingPartialDate(value) ?? /\b(19|20)\d{2}\b/.exec(value)?.[0] ?? null;
    if (!date) {
      undated.push(`${label(key)}: ${value}`);
      continue;
    }
    dates.push(dated(label(key), date, value === date ? undefined : value, milestone, sources));
  }
  return { dates, undated };
}

function dated(labelText: string, date: string, note: string | undefined, milestone: Milestone, sources: string[]): CorridorDate {
  const entry: CorridorDate = { label: labelText, date, kind: milestone.kind, stage: milestone.stage, sources };
  if (note) entry.note = note;
  if (milestone.stretch) entry.stretch = milestone.stretch;
  return entry;
}

/**
 * Progress reports (per cent built) and cargo carried in a year are dated reports of a stage: each says the stretch
 * was under construction, or in use, then. The reference files give no source per progress report; each is the one
 * whose title states that figure and date.
 */
const PROGRESS_SOURCES: Record<string, { url: string; stretch: string }> = {
  '2024-12': { url: 'https://www.caspiannews.com/news-detail/azerbaijans-key-railway-project-in-liberated-lands-60-complete-2024-12-13-19/', stretch: 'horadiz-aghband' },
  '2025-08': { url: 'https://www.trackopedia.com/news/alle-laender/baufortschritt-an-bahnstrecke-horadiz-aghband-erreicht-67', stretch: 'horadiz-aghband' },
  '2025-12-23': { url: 'https://report.az/en/infrastructure/deputy-minister-horadiz-aghband-railway-on-zangazur-corridor-69-complete', stretch: 'horadiz-aghband' },
  '2026-02-27': { url: 'https://report.az/en/infrastructure/horadiz-aghband-railway-project-nears-completion', stretch: 'horadiz-aghband' },
};

function reportsOf(raw: RawCorridor, registry: SourceRegistry): CorridorDate[] {
  const reports: CorridorDate[] = [];
  for (const t of raw.throughput ?? []) {
    const split = t.note ? splitCitations(t.note) : null;
    const sources = [registry.add({ url: t.source }), ...(split?.urls ?? []).map((url) => registry.add({ url }))];
    reports.push(dated(`Cargo carried in ${t.year}: ${t.value_mt} Mt`, String(t.year), split?.text, { kind: 'report', stage: 'operational' }, sources));
  }
  for (const { date, ...rest } of raw.progress ?? []) {
    const source = PROGRESS_SOURCES[String(date)];
    if (!source) throw new Error(`corridors.json ${raw.id}: no source on record for the progress report of ${String(date)}`);
    const figures = Object.entries(rest).map(([k, v]) => `${label(k)} ${v}%`).join(', ');
    reports.push(dated(`Reported progress: ${figures}`, String(date), undefined, { kind: 'report', stage: 'under-construction', stretch: source.stretch }, [registry.add({ url: source.url })]));
  }
  return reports;
}

function waypointOf(raw: RawWaypoint, registry: SourceRegistry, fixed: FixedSources, corridorSources: string[]): Waypoint {
  let sources = corridorSources;
  if (raw.coord_source?.startsWith('GeoNames')) sources = [fixed.geonames];
  else if (raw.coord_source) sources = [registry.addFromText(raw.coord_source)];
  const waypoint: Waypoint = {
    name: raw.name,
    country: raw.country,
    location: raw.lat === null || raw.lon === null ? null : { lat: raw.lat, lon: raw.lon },
    approximate: raw.indicative === true,
    role: raw.role,
    sources,
  };
  if (raw.branch) waypoint.branch = raw.branch;
  if (raw.note) waypoint.note = raw.note;
  return waypoint;
}

/** Facts the schema has no field for (transit time, governance, cost, segments) go into the note. */
function extraFacts(raw: RawCorridor): { parts: string[]; urls: string[] } {
  const urls: string[] = [];
  const cite = (text: string) => {
    const split = splitCitations(text);
    urls.push(...split.urls);
    return split.text;
  };
  const parts: string[] = [];
  if (raw.transit_time) parts.push(`Transit time: ${cite(raw.transit_time)}`);
  if (raw.governance) parts.push(`Governance: ${raw.governance}`);
  if (raw.cost) parts.push(`Cost: ${raw.cost}`);
  if (raw.segments) parts.push(`Segments: ${raw.segments.map((s) => `${s.segment}: ${s.from} to ${s.to}`).join('; ')}`);
  return { parts, urls };
}

/** The stretches of a corridor, with each waypoint's stretch set; every stretch named must exist and have a waypoint. */
function stretchesOf(raw: RawCorridor, waypoints: Waypoint[], orders: number[]): Stretch[] {
  const configs = STRETCHES[raw.id] ?? [];
  for (const { id, waypoints: members } of configs) {
    for (const order of members) {
      const i = orders.indexOf(order);
      const waypoint = waypoints[i];
      if (!waypoint) throw new Error(`corridors.json ${raw.id}: stretch ${id} names waypoint ${order}, which is not there`);
      waypoint.stretch = id;
    }
  }
  return configs.map(({ id, name, branch, status, statusNote }) => (statusNote ? { id, name, branch, status, statusNote } : { id, name, branch, status }));
}

/** The Middle Corridor's branch into Türkiye is the BTK railway: it takes that railway's opening as its own. */
function branchOpenings(raw: RawCorridor, raws: RawCorridor[], registry: SourceRegistry): CorridorDate[] {
  if (raw.id !== 'middle_corridor') return [];
  const btk = raws.find((r) => r.id === 'baku_tbilisi_kars');
  if (!btk?.opened) throw new Error('corridors.json: the Baku–Tbilisi–Kars railway has no opening date');
  const sources = btk.sources.map((s) => registry.add({ url: s.url, title: s.title }));
  return [dated('Baku–Tbilisi–Kars railway opened', btk.opened, undefined, { kind: 'start', stage: 'operational', stretch: 'turkiye-rail-branch' }, sources)];
}

const byDate = (a: CorridorDate, b: CorridorDate) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function buildCorridors(raws: RawCorridor[], registry: SourceRegistry, fixed: FixedSources): Corridor[] {
  return raws.map((raw) => {
    const config = CORRIDOR_CONFIG[raw.id];
    const status = STATUSES.find(([pattern]) => pattern.test(raw.status))?.[1];
    if (!config || !status) throw new Error(`corridors.json ${raw.id}: no configuration or unknown status "${raw.status}"`);

    const sources = raw.sources.map((s) => registry.add({ url: s.url, title: s.title }));
    const { dates: keyDates, undated } = datesOf(raw, sources);
    const length = lengthOf(raw.length_km, registry, sources);
    const dates = [...keyDates, ...reportsOf(raw, registry), ...branchOpenings(raw, raws, registry)].sort(byDate);
    const extras = extraFacts(raw);
    const allSources = [...new Set([...sources, ...dates.flatMap((d) => d.sources), ...extras.urls.map((url) => registry.add({ url }))])];
    const ordered = [...raw.waypoints].sort((a, b) => a.order - b.order);
    const waypoints = ordered.map((w) => waypointOf(w, registry, fixed, sources));
    const stretches = stretchesOf(raw, waypoints, ordered.map((w) => w.order));

    const corridor: Corridor = {
      id: config.id,
      name: raw.name,
      shortName: config.shortName,
      kind: config.kind,
      mode: raw.type,
      status,
      dates,
      stretches,
      length,
      capacity: capacityOf(raw.capacity, registry, sources),
      crosses: config.crosses,
      otherCountries: config.otherCountries,
      waypoints,
      sources: allSources,
    };
    if (raw.status.replace(/ /g, '-') !== status) corridor.statusNote = raw.status;
    const note = sentences(raw.notes, ...extras.parts, ...undated);
    if (note) corridor.note = note;
    return corridor;
  });
}

export function buildChokepoints(raws: RawChokepoint[], registry: SourceRegistry, fixed: FixedSources): Chokepoint[] {
  return raws.map((raw) => {
    const approximate = /not a surveyed/.test(raw.coord_source);
    const coordinateSource = raw.coord_source.startsWith('GeoNames') ? fixed.geonames : registry.addFromText(raw.coord_source);
    const facts = [
      raw.part_of ? `Part of the ${raw.part_of}` : undefined,
      [
        raw.length_km !== undefined ? `length ${km(raw.length_km)}` : undefined,
        raw.min_width_m !== undefined ? `minimum width ${formatNumber(raw.min_width_m)} m` : undefined,
        raw.width_km !== undefined ? `width ${raw.width_km} km` : undefined,
        raw.width !== undefined ? `width ${raw.width}` : undefined,
      ]
        .filter(isString)
        .join(', '),
      raw.governed_by ? `Passage governed by the ${raw.governed_by}` : undefined,
      raw.carries ? `Carries the ${raw.carries.join(', ')}` : undefined,
    ];
    const description = sentences(...facts);
    if (!description) throw new Error(`corridors.json chokepoint ${raw.id}: nothing to describe`);
    const chokepoint: Chokepoint = {
      id: slugify(raw.id),
      name: raw.name,
      location: { lat: raw.lat, lon: raw.lon },
      approximate,
      description,
      sources: [...new Set([coordinateSource, ...raw.sources.map((url) => registry.add({ url }))])],
    };
    const note = sentences(raw.notes, approximate ? `Location: ${raw.coord_source}` : undefined);
    if (note) chokepoint.note = note;
    return chokepoint;
  });
}

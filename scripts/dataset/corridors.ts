/**
 * Transport and energy corridors and the chokepoints on them, from corridors.json.
 */
import type { Chokepoint, Corridor, Waypoint } from '../../src/data/schema';
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

/** key_dates (or `opened`) → dated entries; values without a year are returned for the note instead. */
function datesOf(raw: RawCorridor, sources: string[]): { dates: Corridor['dates']; undated: string[] } {
  const entries = Object.entries(raw.key_dates ?? {});
  if (raw.opened) entries.unshift(['opened', raw.opened]);
  const dates: Corridor['dates'] = [];
  const undated: string[] = [];
  for (const [key, value] of entries) {
    const date = leadingPartialDate(value) ?? /\b(19|20)\d{2}\b/.exec(value)?.[0] ?? null;
    if (!date) {
      undated.push(`${label(key)}: ${value}`);
      continue;
    }
    dates.push(value === date ? { label: label(key), date, sources } : { label: label(key), date, note: value, sources });
  }
  return { dates, undated };
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

/** Facts the schema has no field for (throughput, transit time, progress, governance, cost, segments) go into the note. */
function extraFacts(raw: RawCorridor): { parts: string[]; urls: string[] } {
  const urls: string[] = [];
  const cite = (text: string) => {
    const split = splitCitations(text);
    urls.push(...split.urls);
    return split.text;
  };
  const parts: string[] = [];
  if (raw.throughput) {
    const items = raw.throughput.map((t) => {
      urls.push(t.source);
      return `${t.year}: ${t.value_mt} Mt${t.note ? ` (${cite(t.note)})` : ''}`;
    });
    parts.push(`Cargo carried: ${items.join('; ')}`);
  }
  if (raw.transit_time) parts.push(`Transit time: ${cite(raw.transit_time)}`);
  if (raw.progress) {
    const items = raw.progress.map(({ date, ...rest }) => `${date}: ${Object.entries(rest).map(([k, v]) => `${label(k)} ${v}%`).join(', ')}`);
    parts.push(`Reported progress: ${items.join('; ')}`);
  }
  if (raw.governance) parts.push(`Governance: ${raw.governance}`);
  if (raw.cost) parts.push(`Cost: ${raw.cost}`);
  if (raw.segments) parts.push(`Segments: ${raw.segments.map((s) => `${s.segment}: ${s.from} to ${s.to}`).join('; ')}`);
  return { parts, urls };
}

export function buildCorridors(raws: RawCorridor[], registry: SourceRegistry, fixed: FixedSources): Corridor[] {
  return raws.map((raw) => {
    const config = CORRIDOR_CONFIG[raw.id];
    const status = STATUSES.find(([pattern]) => pattern.test(raw.status))?.[1];
    if (!config || !status) throw new Error(`corridors.json ${raw.id}: no configuration or unknown status "${raw.status}"`);

    const sources = raw.sources.map((s) => registry.add({ url: s.url, title: s.title }));
    const { dates, undated } = datesOf(raw, sources);
    const length = lengthOf(raw.length_km, registry, sources);
    const extras = extraFacts(raw);
    const allSources = [...new Set([...sources, ...extras.urls.map((url) => registry.add({ url }))])];

    const corridor: Corridor = {
      id: config.id,
      name: raw.name,
      shortName: config.shortName,
      kind: config.kind,
      mode: raw.type,
      status,
      dates,
      length,
      capacity: capacityOf(raw.capacity, registry, sources),
      crosses: config.crosses,
      otherCountries: config.otherCountries,
      waypoints: [...raw.waypoints].sort((a, b) => a.order - b.order).map((w) => waypointOf(w, registry, fixed, sources)),
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

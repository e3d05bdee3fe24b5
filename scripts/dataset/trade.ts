/**
 * Intra-OTS trade: every statement in intra_ots_trade.csv becomes one observation, kept side by side.
 */
import type { TradeObservation } from '../../src/data/schema';
import type { TradeRow } from './reference';
import type { SourceRegistry } from './sources';
import { boundedSlug, keywords, leadingPartialDate, parseNumber, sentences } from './text';

const METRICS: Record<string, TradeObservation['metric']> = {
  intra_trade_volume: 'intra-volume',
  intra_trade_share_of_total_trade: 'intra-share',
  total_external_trade: 'total-trade',
  total_imports: 'total-imports',
  bilateral_trade_volume: 'bilateral-volume',
  bilateral_trade_share: 'bilateral-share',
  bilateral_trade_target: 'target',
  intra_trade_volume_change: 'forecast',
};

const UNITS: Record<string, TradeObservation['unit']> = { USD: 'USD bn', percent: 'percent', multiplier: 'multiplier' };

/** The year a period refers to, and whether that year is only the compilers' reading of a vague period. */
function readPeriod(period: string): { year: number | null; approximate: boolean } {
  const match = /\b(19|20)\d{2}\b/.exec(period);
  if (!match) return { year: null, approximate: false };
  return { year: Number(match[0]), approximate: /approx|\bc\.|as stated/.test(period) };
}

/** "42-57" → a range; "4.8" → a single value. */
function readValue(cell: string, where: string): { value: number | null; range?: [number, number] } {
  const range = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(cell.trim());
  if (range) return { value: null, range: [Number(range[1]), Number(range[2])] };
  return { value: parseNumber(cell, where) };
}

function readQualifier(unit: string, metric: TradeObservation['metric']): TradeObservation['qualifier'] {
  if (metric === 'target') return 'target';
  if (metric === 'forecast') return 'forecast';
  if (/\(approx\.\)/.test(unit)) return 'approximately';
  if (/\((more than|exceeds|exceeded)\)/.test(unit)) return 'more-than';
  return undefined;
}

/** True when the unit cell says more than the unit and a qualifier ("percent of Türkiye total foreign trade"). */
function unitHasMore(unit: string): boolean {
  return unit.replace(/^(USD billion|percent|multiplier)/, '').replace(/\((approx\.|more than|exceeds|exceeded)\)/, '').trim() !== '';
}

function readScope(scope: string): TradeObservation['scope'] {
  if (/scope ambiguous/.test(scope)) return 'unclear';
  if (/^(Kazakhstan|Türkiye) trade with\b/.test(scope)) return 'single-state';
  return 'ots-members';
}

/** A readable id: metric, the year (or the period's words) and the speaker, e.g. "intra-volume-2023-omer-bolat". */
function observationId(metric: string, year: number | null, period: string, speaker: string): string {
  // Without a year, the last word of the period before any bracket: "a few years earlier (unspecified)" → "earlier".
  const when = year !== null ? [String(year)] : keywords(period.split('(')[0] ?? '').slice(-1).filter((w) => w !== metric);
  const who = keywords(speaker.split(/[,(]/)[0] ?? speaker).slice(0, 3);
  return boundedSlug(metric, [...when, ...who]);
}

export function buildTrade(rows: TradeRow[], registry: SourceRegistry): TradeObservation[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const where = `intra_ots_trade.csv row ${i + 2}`;
    const base = METRICS[row.metric];
    if (!base) throw new Error(`${where}: unknown metric "${row.metric}"`);
    const metric = base === 'intra-share' && row.ref_year === 'target' ? 'target' : base;
    const unit = UNITS[row.unit.split(' ')[0] ?? ''];
    if (!unit) throw new Error(`${where}: unknown unit "${row.unit}"`);

    const { year, approximate } = readPeriod(row.ref_year);
    const statedOn = leadingPartialDate(row.statement_date);
    let id = observationId(metric, year, row.ref_year, row.speaker_or_author);
    for (let n = 2; seen.has(id); n++) id = `${observationId(metric, year, row.ref_year, row.speaker_or_author)}-${n}`;
    seen.add(id);

    const observation: TradeObservation = {
      id,
      metric,
      year,
      period: row.ref_year,
      yearApproximate: approximate,
      ...readValue(row.value, where),
      unit,
      scope: readScope(row.scope),
      scopeNote: row.scope,
      statedBy: row.speaker_or_author,
      statedOn,
      sources: [registry.add({ url: row.source_url, title: row.source_title })],
    };
    const qualifier = readQualifier(row.unit, metric);
    if (qualifier) observation.qualifier = qualifier;
    const note = sentences(
      row.notes,
      unitHasMore(row.unit) ? `Unit as reported: ${row.unit}` : undefined,
      statedOn !== row.statement_date ? `Date of the statement as reported: ${row.statement_date}` : undefined,
    );
    if (note) observation.note = note;
    return observation;
  });
}

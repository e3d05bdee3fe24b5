/**
 * What the map's tooltips say, as plain models (tested), and the DOM they are drawn with. Text only goes in through
 * textContent: an opened dataset file cannot inject markup.
 */
import { latestPointBefore, pointFor, statusInYear } from '../../data/derive';
import type { Chokepoint, Corridor, Dataset, Entity, Indicator, Waypoint } from '../../data/schema';
import { formatInteger, formatPartialDate, formatPersons, formatUsd } from '../../ui/format';
import { sourceIndex } from '../../data/source-index';
import { CORRIDOR_KIND_LABEL } from '../../ui/labels';
import { corridorStatuses, type CorridorYearStatus } from '../../data/corridor-status';
import { corridorStatusLabel, partReason, partStatusWord } from '../../ui/corridor-status-text';

export interface TooltipRow {
  label: string;
  value: string;
  /** Who published the figure. */
  source?: string;
}

export interface TooltipModel {
  title: string;
  subtitle: string;
  rows: TooltipRow[];
  notes: string[];
  /** The sources of the whole, by publisher. */
  sources: string | null;
  hint?: string;
}

/** "World Bank", "AZERTAC, Kazinform +2": publishers at a glance, as SourceRefs shows them. */
export function publishers(dataset: Dataset, ids: readonly string[]): string | null {
  const names = [...new Set(ids.flatMap((id) => sourceIndex(dataset).get(id)?.publisher ?? []))];
  if (names.length === 0) return null;
  return names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} +${names.length - 2}`;
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}

function figureRow(dataset: Dataset, indicator: Indicator, label: string, entity: Entity, year: number, format: (v: number) => string): TooltipRow {
  const found = pointFor(indicator, entity.id, year);
  if (!found) {
    // Missing stays missing, with the latest earlier figure and its year beside it.
    const latest = latestPointBefore(indicator, entity.id, year);
    if (!latest) return { label: `${label}, ${year}`, value: 'no figure' };
    const series = indicator.series.find((s) => s.entityId === entity.id);
    const source = publishers(dataset, latest.sources ?? series?.sources ?? []);
    return { label: `${label}, ${year}`, value: `no figure; ${latest.year}: ${format(latest.value)}`, ...(source ? { source } : {}) };
  }
  const source = publishers(dataset, found.sources);
  return { label: `${label}, ${year}`, value: format(found.point.value), ...(source ? { source } : {}) };
}

export function stateTooltip(dataset: Dataset, entity: Entity, year: number): TooltipModel {
  const status = statusInYear(entity, year);
  const inForce = [...entity.statusHistory].reverse().find((c) => Number(c.date.slice(0, 4)) <= year);
  const next = entity.statusHistory.find((c) => Number(c.date.slice(0, 4)) > year);
  const subtitle = status
    ? `${status === 'member' ? 'Member' : 'Observer'} in ${year} (since ${formatPartialDate(inForce!.date)})`
    : `Not yet a member or observer in ${year}${next ? ` (${next.status} from ${formatPartialDate(next.date)})` : ''}`;
  const notes = entity.recognition ? [`Recognition contested: ${firstSentence(entity.recognition.note)}`] : [];
  return {
    title: entity.name,
    subtitle,
    rows: [
      figureRow(dataset, dataset.indicators.population, 'Population', entity, year, formatPersons),
      figureRow(dataset, dataset.indicators.gdp, 'GDP', entity, year, formatUsd),
    ],
    notes,
    sources: publishers(dataset, [...(inForce ?? next)?.sources ?? [], ...(entity.recognition?.sources ?? [])]),
    hint: 'Click for its details',
  };
}

/** The top-level clause of a length text, e.g. "826 km" out of "826 km; other figures: …". */
function headlineClause(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ';' && depth === 0) return text.slice(0, i).trim();
  }
  return text.trim();
}

const MAX_LENGTH_TEXT = 60;

export function lengthSummary(length: Corridor['length']): string {
  if (length == null) return 'not published';
  const more = headlineClause(length.text) !== length.text.trim() ? ' (other figures in Details)' : '';
  if (length.km != null) return `${formatInteger(length.km)} km${more}`;
  const clause = headlineClause(length.text);
  if (clause.length <= MAX_LENGTH_TEXT) return `${clause}${more}`;
  const cut = clause.slice(0, MAX_LENGTH_TEXT).replace(/\s+\S*$/, '');
  return `${cut}… (in full in Details)`;
}

const MAX_PARTS = 4;

/** What set the status: the milestone (with its publisher), the recorded status, or why there is none. */
function statusRows(dataset: Dataset, status: CorridorYearStatus): TooltipRow[] {
  const main = status.parts.length === 1 ? status.parts[0] : undefined;
  if (main) {
    const { state } = main;
    const basis = state.kind === 'known' && state.basis.kind === 'milestone' ? state.basis.date : state.kind === 'not-yet' ? state.next : null;
    const source = basis ? publishers(dataset, basis.sources) : null;
    return [{ label: 'Why', value: partReason(state), ...(source ? { source } : {}) }];
  }
  const rows = status.parts.slice(0, MAX_PARTS).map(({ stretch, state }) => ({
    label: stretch?.name ?? 'Main route',
    value: `${partStatusWord(state)}, ${partReason(state)}`,
  }));
  if (status.parts.length > MAX_PARTS) rows.push({ label: 'Other stretches', value: `${status.parts.length - MAX_PARTS} more in Details` });
  return rows;
}

export function corridorTooltip(dataset: Dataset, corridor: Corridor, unplaced: readonly Waypoint[], year: number): TooltipModel {
  const status = corridorStatuses(dataset, year).get(corridor.id)!;
  const rows: TooltipRow[] = [{ label: `Status in ${year}`, value: corridorStatusLabel(status) }, ...statusRows(dataset, status)];
  const lengthSource = corridor.length ? publishers(dataset, corridor.length.sources) : null;
  rows.push({ label: 'Length', value: lengthSummary(corridor.length), ...(lengthSource ? { source: lengthSource } : {}) });
  const notes = ['Drawn as straight lines between its published waypoints.'];
  if (unplaced.length > 0) notes.push(`No published position for ${unplaced.map((w) => w.name).join(', ')}: that stretch is approximate.`);
  return {
    title: corridor.name,
    subtitle: `${CORRIDOR_KIND_LABEL[corridor.kind]} · ${corridorStatusLabel(status)} in ${year}`,
    rows,
    notes,
    sources: publishers(dataset, corridor.sources),
    hint: 'Click for its details',
  };
}

export function chokepointTooltip(dataset: Dataset, chokepoint: Chokepoint): TooltipModel {
  return {
    title: chokepoint.name,
    subtitle: chokepoint.approximate ? 'Chokepoint (approximate position)' : 'Chokepoint',
    rows: [],
    notes: [chokepoint.description, ...(chokepoint.note ? [chokepoint.note] : [])],
    sources: publishers(dataset, chokepoint.sources),
  };
}

export function capitalTooltip(dataset: Dataset, entity: Entity): TooltipModel {
  return {
    title: entity.capital.name,
    subtitle: `Capital of ${entity.name}`,
    rows: [],
    notes: [],
    sources: publishers(dataset, entity.capital.sources),
  };
}

export function waypointTooltip(dataset: Dataset, waypoint: Waypoint): TooltipModel {
  return {
    title: waypoint.name,
    subtitle: [waypoint.role, waypoint.branch].filter(Boolean).join(' · '),
    rows: [],
    notes: [waypoint.approximate ? 'Approximate position: stands in for a place whose exact position is not published.' : '', waypoint.note ?? ''].filter(Boolean),
    sources: publishers(dataset, waypoint.sources),
  };
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text != null) el.textContent = text;
  return el;
}

export function renderTooltip(model: TooltipModel): HTMLElement {
  const root = element('div', 'map-tip');
  root.append(element('strong', 'map-tip__title', model.title), element('span', 'map-tip__subtitle', model.subtitle));
  if (model.rows.length > 0) {
    const list = element('dl', 'map-tip__rows');
    for (const row of model.rows) {
      const value = element('dd', '', row.value);
      if (row.source) value.append(element('span', 'map-tip__source', ` · ${row.source}`));
      list.append(element('dt', '', row.label), value);
    }
    root.append(list);
  }
  for (const note of model.notes) root.append(element('p', 'map-tip__note', note));
  if (model.sources) root.append(element('p', 'map-tip__source', `Source: ${model.sources}`));
  if (model.hint) root.append(element('p', 'map-tip__hint', model.hint));
  return root;
}

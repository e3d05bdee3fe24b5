/**
 * How the map encodes the data: the palette (colour-blind safe: blue/orange for status, Okabe–Ito hues for corridor
 * kinds) and the rules that turn a status, a corridor and the selection into path styles. Status is never shown by
 * colour alone: members are solid with a solid outline, observers hatched with a dashed outline, entities that are
 * not yet either are white with a dotted outline. The styles are plain objects Leaflet accepts as path options.
 */
import { inScope, statusInYear, type Scope } from './derive';
import type { CorridorLook } from './corridor-status';
import type { Corridor, Entity, EntityId, StatusKind } from './schema';

export interface PathStyle {
  stroke?: boolean;
  color?: string;
  weight?: number;
  opacity?: number;
  /** undefined removes the dashes (the key must be present to override an earlier dash). */
  dashArray?: string | undefined;
  lineCap?: 'butt' | 'round' | 'square';
  lineJoin?: 'miter' | 'round' | 'bevel';
  fill?: boolean;
  fillColor?: string;
  fillOpacity?: number;
}

export type MapStatus = StatusKind | 'none';

/** The SVG pattern that hatches observers; the map view defines it once in the page. */
export const OBSERVER_HATCH_ID = 'ots-map-observer-hatch';
/** The hatch's tile: a stripe across a square, turned 45°, in screen pixels. */
export const OBSERVER_HATCH = { size: 7, stripe: 2.6, angle: 45 } as const;

export const MAP_PALETTE = {
  sea: '#e4eef4',
  land: '#e2dfd8',
  landBorder: '#ffffff',
  ink: '#14202b',
  member: { fill: '#7fb0dc', line: '#0b3d5c' },
  observer: { fill: '#fde6c2', stripe: '#d48a1e', line: '#8a4b0f' },
  none: { fill: '#fbfbfb', line: '#4f5b66' },
  /** Outline of an entity whose recognition as a state is contested (Northern Cyprus). */
  contested: '#6a3d9a',
  selected: '#000000',
  corridor: {
    rail: '#000000',
    multimodal: '#cc79a7',
    'oil-pipeline': '#d55e00',
    'gas-pipeline': '#009e73',
    'power-cable': '#0072b2',
  } satisfies Record<Corridor['kind'], string>,
} as const;

/** A capital on the map and in its legend: a small white dot ringed in ink. */
export const CAPITAL_STYLE = { radius: 4, color: MAP_PALETTE.ink, weight: 2, fillColor: '#ffffff', fillOpacity: 1 } as const;

export const STATUS_DASH: Record<MapStatus, string | undefined> = { member: undefined, observer: '6 4', none: '1 4' };
/**
 * How a corridor's status in the year is drawn, besides its colour: operational solid, under construction dashed,
 * planned dotted, undated dash-dot; not yet begun is faint and thin (see corridorStyle).
 */
export const CORRIDOR_DASH: Record<CorridorLook, string | undefined> = {
  operational: undefined,
  'under-construction': '10 6',
  planned: '0.1 8',
  undated: '7 4 0.1 4',
  'not-yet': '0.1 5',
};

export function mapStatus(entity: Entity, year: number): MapStatus {
  return statusInYear(entity, year) ?? 'none';
}

/** selected: the chosen state; highlighted: crossed by the chosen corridor; dimmed: everything else while one is chosen. */
export type Emphasis = 'normal' | 'selected' | 'highlighted' | 'dimmed';

export interface Selection {
  stateId: EntityId | null;
  /** The states the selected corridor crosses; null when no corridor is selected. */
  crossed: ReadonlySet<EntityId> | null;
}

export function stateEmphasis(id: EntityId, selection: Selection): Emphasis {
  if (selection.stateId != null) return id === selection.stateId ? 'selected' : 'dimmed';
  if (selection.crossed != null) return selection.crossed.has(id) ? 'highlighted' : 'dimmed';
  return 'normal';
}

export interface StateStyleOptions {
  contested: boolean;
  /** Tiles are shown underneath: fills let them through. */
  online: boolean;
  /** Counted in the figures of the scope chosen (an observer is not when only members are): faded when not. */
  counted?: boolean;
}

/** How much of its fill and outline a state outside the scope's count keeps. */
export const NOT_COUNTED_FADE = 0.4;

const FILL_OPACITY: Record<MapStatus, number> = { member: 1, observer: 1, none: 0.85 };

export function stateStyle(status: MapStatus, emphasis: Emphasis, { contested, online, counted = true }: StateStyleOptions): PathStyle {
  const palette = MAP_PALETTE[status];
  const fade = counted ? 1 : NOT_COUNTED_FADE;
  const base = (online ? 0.6 : FILL_OPACITY[status]) * fade;
  const emphasised = emphasis === 'selected' || emphasis === 'highlighted';
  return {
    stroke: true,
    color: emphasised ? MAP_PALETTE.selected : contested ? MAP_PALETTE.contested : palette.line,
    weight: emphasis === 'selected' ? 3.5 : emphasis === 'highlighted' ? 2.75 : contested ? 2 : 1.25,
    opacity: (emphasis === 'dimmed' ? 0.5 : 1) * (counted || emphasised ? 1 : 0.7),
    dashArray: emphasis === 'selected' ? undefined : STATUS_DASH[status],
    lineCap: 'round',
    lineJoin: 'round',
    fill: true,
    fillColor: status === 'observer' ? `url(#${OBSERVER_HATCH_ID})` : palette.fill,
    fillOpacity: emphasis === 'dimmed' ? base * 0.35 : base,
  };
}

/**
 * The style of an entity's shape for a year, a selection and the scope counted: the one rule the map and its legend
 * share. A state the scope leaves out of the figures (an observer, when only members are counted) is faded.
 */
export function entityStyle(entity: Entity, year: number, selection: Selection, online: boolean, scope: Scope = 'all'): PathStyle {
  const status = statusInYear(entity, year);
  return stateStyle(status ?? 'none', stateEmphasis(entity.id, selection), {
    contested: entity.recognition != null,
    online,
    counted: status == null || inScope(status, scope),
  });
}

/** Countries outside the dataset: neutral context, never selectable. */
export function contextStyle(online: boolean): PathStyle {
  return {
    stroke: true,
    color: MAP_PALETTE.landBorder,
    weight: 0.8,
    opacity: 1,
    fill: true,
    fillColor: MAP_PALETTE.land,
    fillOpacity: online ? 0.25 : 1,
    lineJoin: 'round',
  };
}

export type CorridorEmphasis = 'normal' | 'selected' | 'dimmed';

export function corridorEmphasis(corridor: Corridor, selectedCorridorId: string | null, selectedStateId: EntityId | null): CorridorEmphasis {
  if (selectedCorridorId != null) return corridor.id === selectedCorridorId ? 'selected' : 'dimmed';
  // With a state chosen, the corridors through it stay in full view.
  if (selectedStateId != null) return corridor.crosses.includes(selectedStateId) ? 'normal' : 'dimmed';
  return 'normal';
}

/** The parts a corridor stretch is drawn with, bottom to top. `hit` is invisible and wide, to make thin lines easy to point at. */
export type CorridorPart = 'band' | 'casing' | 'line' | 'hit';
export const CORRIDOR_PARTS: readonly CorridorPart[] = ['band', 'casing', 'line', 'hit'];

const LINE_WEIGHT: Record<CorridorEmphasis, number> = { normal: 3, selected: 5, dimmed: 2.5 };

/**
 * The style of one part of a stretch of corridor: coloured by kind, dashed by its status in the year. A stretch that
 * has not begun yet that year is drawn faint and thin, with no casing, so it reads as not (yet) there.
 */
export function corridorStyle(
  kind: Corridor['kind'],
  look: CorridorLook,
  part: CorridorPart,
  approximate: boolean,
  emphasis: CorridorEmphasis,
): PathStyle {
  const colour = MAP_PALETTE.corridor[kind];
  const notYet = look === 'not-yet';
  const weight = LINE_WEIGHT[emphasis] * (notYet ? 0.6 : 1);
  const opacity = (emphasis === 'dimmed' ? 0.3 : 1) * (notYet ? 0.45 : 1);
  const common = { fill: false, lineCap: 'round', lineJoin: 'round' } as const;
  switch (part) {
    case 'band':
      // The uncertainty band: a broad wash along stretches whose course is only approximately known.
      return { ...common, stroke: approximate, color: colour, weight: weight + 11, opacity: approximate ? opacity * 0.28 : 0, dashArray: undefined };
    case 'casing':
      return { ...common, stroke: !notYet, color: '#ffffff', weight: weight + 3, opacity: notYet ? 0 : opacity * 0.9, dashArray: CORRIDOR_DASH[look] };
    case 'line':
      return { ...common, stroke: true, color: colour, weight, opacity, dashArray: CORRIDOR_DASH[look] };
    case 'hit':
      return { ...common, stroke: true, color: colour, weight: 14, opacity: 0, dashArray: undefined };
  }
}

/**
 * The constants of the briefing format, free of zod so that the first screen can name them without loading the
 * validator (briefing-schema.ts builds the schema from them).
 */
export const BRIEFING_FORMAT = 'ots-atlas-briefing';
export const BRIEFING_VERSION = 1;

/** The panels a slide can put forward, in the order the full layout shows them. */
export const PANELS = ['map', 'details', 'gdp', 'trade', 'timeline', 'claims'] as const;
export type PanelId = (typeof PANELS)[number];

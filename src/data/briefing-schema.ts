/**
 * A briefing: a sequence of slides, each a saved view with a title, a short speaker note and the panel it puts
 * forward. The same format is shipped (public/data/briefing.json), kept in the browser and exported to a file.
 * Version 1 is the first format; a later format adds a migration and keeps a version-1 fixture that must still load.
 * (The claims panel joined the panels a slide can put forward without a new version: every earlier file still reads.)
 */
import { z } from './zod';
import type { Scope } from './derive';

import { BRIEFING_FORMAT, BRIEFING_VERSION, PANELS } from './briefing-format';

export { BRIEFING_FORMAT, BRIEFING_VERSION, PANELS, type PanelId } from './briefing-format';

const slug = z.string().max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id such as "middle-corridor"');

export const SlideViewSchema = z.object({
  stateId: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter state code such as "KAZ"').nullable().default(null),
  corridorId: slug.nullable().default(null),
  eventId: slug.nullable().default(null),
  /** null: the dataset's default year. */
  year: z.number().int().min(1900).max(2100).nullable().default(null),
  scope: z.enum(['members', 'all'] as const satisfies readonly Scope[]).default('members'),
});

export const SlideSchema = z.object({
  id: z.string().min(1).max(80),
  title: z.string().trim().min(1, 'a slide needs a title').max(120),
  note: z.string().max(800).default(''),
  panel: z.enum(PANELS).default('map'),
  view: SlideViewSchema,
  /** Source ids from the dataset behind what the slide says. */
  sources: z.array(z.string().min(1).max(80)).max(100).default([]),
});

export const BriefingSchema = z.object({
  format: z.literal(BRIEFING_FORMAT, { error: `expected "format": "${BRIEFING_FORMAT}"` }),
  version: z.literal(BRIEFING_VERSION, { error: `unsupported version; this atlas reads version ${BRIEFING_VERSION}` }),
  title: z.string().trim().min(1).max(160),
  slides: z.array(SlideSchema).min(1, 'a briefing needs at least one slide').max(200),
});

export type SlideView = z.infer<typeof SlideViewSchema>;
export type Slide = z.infer<typeof SlideSchema>;
export type Briefing = z.infer<typeof BriefingSchema>;

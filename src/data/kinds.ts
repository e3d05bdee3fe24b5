/**
 * The dataset's closed lists of kinds and statuses. The schema builds its enums from them; views that only need the
 * lists import them from here, so that they do not pull the schema (and zod) into the first-paint bundle.
 */

/**
 * founding: the Nakhchivan summit of 2009; pre-council: the heads-of-state summit of 2010 before the Council's own
 * numbering; ordinary: the numbered summits of the Council of Heads of State; plan: announced or proposed.
 */
export const EVENT_KINDS = ['founding', 'pre-council', 'ordinary', 'informal', 'extraordinary', 'plan'] as const;
export const EVENT_STATUSES = ['held', 'planned', 'unconfirmed', 'proposed'] as const;

export const CORRIDOR_KINDS = ['rail', 'multimodal', 'oil-pipeline', 'gas-pipeline', 'power-cable'] as const;
export const CORRIDOR_STATUSES = ['operational', 'under-construction', 'planned'] as const;

/**
 * The stages a corridor (or a stretch of it) goes through, as its dated milestones record them. Announced and agreed
 * both make it "planned"; the difference is what the milestone was (a declaration, or a signed agreement).
 */
export const CORRIDOR_STAGES = ['announced', 'agreed', 'under-construction', 'operational'] as const;

/**
 * What a dated milestone says about its stage. start: the stage began that day (an opening, a construction launch, a
 * signing). report: a source shows the stage on that date (a progress report, cargo carried in a year); it began
 * earlier, on a date the dataset does not have. target: an expected date, which sets no status. other: a dated fact
 * that sets no status (and every date of a dataset of the first schema version, which did not classify them).
 */
export const MILESTONE_KINDS = ['start', 'report', 'target', 'other'] as const;

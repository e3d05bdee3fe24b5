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

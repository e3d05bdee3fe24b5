/** The map's words that follow the year and the scope: its subtitle, its image's subtitle and its key's entries. */
import type { Scope } from '../../data/derive';

/** What the map counts, as its subtitle says it: the scope switch's effect, where it shows. */
export function countedWords(year: number, scope: Scope): string {
  return scope === 'all' ? `Members and observers counted in ${year}` : `Members counted in ${year}, observers faded`;
}

/** The rest of the subtitle, which a narrower screen leaves out. */
export const SUBTITLE_REST = ' · corridors · chokepoints';

export const NOT_COUNTED_LABEL = 'Observer, not counted with the members (faded)';

/**
 * Colours of the states in the charts, from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies). Fixed per state, so a state keeps its colour when the scope or the view changes; colour is never the
 * only signal (the legend, tooltips and table name every series).
 */
const BY_ID: Record<string, string> = {
  AZE: '#0072B2',
  KAZ: '#E69F00',
  KGZ: '#009E73',
  TUR: '#D55E00',
  UZB: '#56B4E9',
  HUN: '#CC79A7',
  TKM: '#F0E442',
  CYN: '#222222',
};
const SPARE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#222222'];

export function colourOf(id: string, index: number): string {
  return BY_ID[id] ?? SPARE[index % SPARE.length] ?? '#222222';
}

/** The OTS combined line, and the outline of a highlighted series. */
export const TOTAL_COLOUR = '#14202b';

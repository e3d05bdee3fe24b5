/**
 * The claims' verdicts, against figures worked out by hand from the reference files (population.csv,
 * gdp_current_usd.csv, area.csv, trnc.csv): the population of 2024 is 159,897,789 for the five members and 176,954,352
 * with Hungary and Turkmenistan; their area 4,242,413 km² (1.64 million sq mi) and about 4.83 million km² with the
 * observers; GDP in 2024 $1.86 tn and $2.13 tn.
 */
import { describe, expect, it } from 'vitest';
import { checkClaims, margin, type ClaimCheck, type RangeEvaluation } from './claims';
import { migrateOldClaim } from './migrate-claims';
import type { Dataset } from './schema';
import { loadBundledDataset } from '../test/render';

const dataset = loadBundledDataset();
const KM2_PER_SQ_MI = 2.589988110336;

function check(id: string, chosen = { year: 2025, scope: 'members' as const }, data: Dataset = dataset): ClaimCheck {
  const found = checkClaims(data, chosen).find((c) => c.claim.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

function range(e: ClaimCheck['own'] | null | undefined): RangeEvaluation {
  if (e?.kind !== 'range') throw new Error(`expected a range evaluation, got ${e?.kind}`);
  return e;
}

describe('each claim of claims.csv, with its speaker', () => {
  it('carries all six claims with who made them, where, when, and the scope and period they stated', () => {
    expect(dataset.claims.map((c) => [c.id, c.speaker?.name])).toEqual([
      ['coffey-population', 'Luke Coffey'],
      ['coffey-area', 'Luke Coffey'],
      ['coffey-gdp', 'Luke Coffey'],
      ['huseynov-trade-share', 'Vasif Huseynov'],
      ['huseynov-forty-fields', 'Vasif Huseynov'],
      ['coffey-alphabet', 'Luke Coffey'],
    ]);
    const gdp = check('coffey-gdp').claim;
    expect(gdp.words).toBe('a combined gross domestic product approaching $2 trillion');
    expect(gdp.statedScope).toEqual({ text: 'OTS members and observers collectively', scope: 'all' });
    expect(gdp.published).toMatchObject({ year: 2025, after: '2025-10-07' });
    // "as above" in the file resolves to the row above by the same speaker.
    expect(check('huseynov-forty-fields').claim.speaker?.role).toMatch(/^senior advisor, Center of Analysis of International Relations/);
    const trade = check('huseynov-trade-share').claim;
    expect(trade.statedPeriod).toMatchObject({ kind: 'between', from: '2024-11-06', to: '2025-10-07' });
    // The file gives no days for this one: they come from the timeline's Bishkek 2024 and Gabala 2025 summits.
    expect(check('huseynov-forty-fields').claim.statedPeriod).toMatchObject({ kind: 'between', from: '2024-11-06', to: '2025-10-07' });
    for (const c of dataset.claims) {
      expect(c.sources).toContain('ots-atlas-reference-claims');
      const publication = dataset.sources.find((s) => s.id === c.sources[0]);
      expect(publication?.url).toBeNull();
    }
    expect(dataset.sources.find((s) => s.id === 'coffey-the-national-interest')).toMatchObject({
      title: 'Why the US Must Include the Organization of Turkic States in Its Central Asia Policy',
      publisher: 'The National Interest',
    });
  });
});

describe('"well over 160 million people" (members and observers, at the time of writing)', () => {
  const c = check('coffey-population');

  it('is checked for 2024, the latest population year before the claim was made in 2025, with the observers', () => {
    expect(c.period).toMatchObject({ kind: 'time-of-writing', years: [2024], madeIn: 2025 });
    expect(c.scope).toBe('all');
    const own = range(c.own);
    // 176,954,352 for the members, Hungary and Turkmenistan, and Northern Cyprus's contested estimate of 407,000.
    expect(own.value).toBe(176_954_352 + 407_000);
    expect(own.verdict).toBe('holds');
    expect(own.margin).toEqual({ amount: 17_361_352, relative: false, side: 'above', reference: 160_000_000 });
    expect(own.partNotes.map((n) => n.entityId)).toEqual(['CYN']);
  });

  it('does not hold for the five members alone: 159.9 million, 102,211 short', () => {
    const members = range(c.otherScope);
    expect(members).toMatchObject({ scope: 'members', year: 2024, value: 159_897_789, verdict: 'does-not-hold' });
    expect(members.margin).toMatchObject({ amount: 102_211, side: 'below' });
  });

  it('shows the reader’s chosen year beside it: 2025 has no population figure', () => {
    expect(c.chosenYear.map((e) => [e.scope, e.verdict, range(e).value])).toEqual([
      ['all', 'cannot-check', null],
      ['members', 'cannot-check', null],
    ]);
    // Its verdict does not follow the reader's year or scope.
    expect(check('coffey-population', { year: 2018, scope: 'members' }).own).toEqual(c.own);
  });
});

describe('"roughly 1.6 million square miles"', () => {
  const c = check('coffey-area');

  it('does not hold with the observers (4,826,896 km², 16.5% over), holds for the members (4,242,413 km², 2.4% over)', () => {
    const all = range(c.own);
    expect(all.km2).toBe(4_826_896);
    expect(all.value).toBeCloseTo(4_826_896 / KM2_PER_SQ_MI, 6);
    expect(all.verdict).toBe('does-not-hold');
    expect(all.margin?.relative).toBe(true);
    expect(all.margin?.amount).toBeCloseTo(16.48, 2);
    const members = range(c.otherScope);
    expect(members.km2).toBe(4_242_413);
    expect(members.value).toBeCloseTo(1_638_004.82, 1);
    expect(members.verdict).toBe('holds');
    expect(members.margin?.amount).toBeCloseTo(2.375, 3);
  });
});

describe('"approaching $2 trillion"', () => {
  const c = check('coffey-gdp');

  it('does not hold with the observers in 2024: at least $2.13 tn (Northern Cyprus has no figure), past $2 tn', () => {
    const all = range(c.own);
    expect(all.year).toBe(2024);
    expect(all.missing).toEqual(['CYN']);
    expect(all.value).toBeCloseTo(2_131_645_398_114.68, 0);
    expect(all.verdict).toBe('does-not-hold');
    expect(all.margin).toMatchObject({ side: 'above', reference: 2e12 });
  });

  it('holds for the members in 2024 ($1.86 tn, $135 bn short of $2 tn), and no longer in 2025 ($2.15 tn, $149 bn above)', () => {
    const members = range(c.otherScope);
    expect(members.value).toBeCloseTo(1_864_547_739_363.08, 0);
    expect(members.verdict).toBe('holds');
    expect(members.margin?.side).toBe('below');
    expect(members.margin?.amount).toBeCloseTo(135_452_260_636.92, 0);
    const in2025 = range(c.chosenYear.find((e) => e.scope === 'members'));
    expect(in2025.verdict).toBe('does-not-hold');
    expect(in2025.value).toBeCloseTo(2_149_131_919_220.71, 0);
    expect(in2025.margin).toMatchObject({ side: 'above', reference: 2e12, relative: false });
    expect(in2025.margin?.amount).toBeCloseTo(149_131_919_220.71, 0);
  });
});

describe('the three figures of one sentence', () => {
  it('fit no one set of states, and each says so: the population needs the observers, area and GDP exclude them', () => {
    const ids = ['coffey-population', 'coffey-area', 'coffey-gdp'];
    for (const id of ids) {
      expect(check(id).inconsistency).toEqual({
        stated: 'OTS members and observers collectively',
        fits: [
          { claimId: 'coffey-population', words: 'well over 160 million people', metric: 'population', scopes: ['all'] },
          { claimId: 'coffey-area', words: 'roughly 1.6 million square miles', metric: 'area', scopes: ['members'] },
          { claimId: 'coffey-gdp', words: 'a combined gross domestic product approaching $2 trillion', metric: 'gdp', scopes: ['members'] },
        ],
      });
    }
    expect(check('coffey-alphabet').inconsistency).toBeNull();
  });
});

describe('"from 3 to 7 percent" (Huseynov, between the Bishkek summit of 2024 and Gabala 2025)', () => {
  const c = check('huseynov-trade-share');

  it('cannot be checked for its period: the measured share ends in 2020, and no statement gives 7%', () => {
    expect(c.period).toMatchObject({ kind: 'between', years: [2024, 2025] });
    const own = c.own;
    if (own.kind !== 'share') throw new Error('expected a share evaluation');
    expect(own.verdict).toBe('cannot-check');
    expect(own.inPeriod).toEqual([]);
    // The five members in 2020, from their own reports (hand-checked: 4.81%); partners' reports give the same.
    expect(own.latest?.year).toBe(2020);
    expect(own.latest?.own).toBeCloseTo(4.8101, 4);
    expect(own.latest?.mirror).toBeCloseTo(4.8101, 4);
    expect(own.highest?.year).toBe(2019);
    expect(own.statedFrom.map((o) => o.statedBy)).toEqual(['Kubanychbek Omuraliev, OTS Secretary-General']);
    expect(own.statedTo).toEqual([]);
    expect(own.rangeOnly.map((r) => [r.value, r.observations.map((o) => o.range)])).toEqual([[7, [[5, 7]]]]);
    expect(c.view).toEqual({ year: 2025, scope: 'members', panel: 'trade' });
  });
});

describe('claims the dataset cannot check', () => {
  it('say so, and why', () => {
    for (const id of ['huseynov-forty-fields', 'coffey-alphabet']) {
      const c = check(id);
      expect(c.verdict).toBe('cannot-check');
      expect(c.own.kind).toBe('none');
      expect(c.otherScope).toBeNull();
    }
    const fields = check('huseynov-forty-fields').own;
    expect(fields.kind === 'none' && fields.reason).toMatch(/^The dataset has no list of the fields the OTS cooperates in/);
  });
});

describe('links to the view that shows a claim', () => {
  it('name the claim’s own set of states and year', () => {
    expect(check('coffey-population').view).toEqual({ year: 2024, scope: 'all', panel: 'details' });
    expect(check('coffey-alphabet').view).toEqual({ year: 2024, scope: 'members', panel: 'details' });
  });
});

describe('a claim in the first form (no speaker, scope or period)', () => {
  it('is checked for the reader’s year and scope, as it always was', () => {
    const old = migrateOldClaim({
      id: 'gdp-2tn',
      text: 'a combined GDP approaching $2 trillion',
      metric: 'gdp',
      test: { kind: 'range', min: 1.8e12, max: 2e12, unit: 'USD', interpretation: 'test' },
      madeBy: 'unknown',
      sources: [],
    });
    const data = { ...dataset, claims: [old] };
    const in2024 = check('gdp-2tn', { year: 2024, scope: 'members' }, data);
    expect(in2024.period).toEqual({ kind: 'chosen', years: [2024], viewYear: 2024 });
    expect(in2024.verdict).toBe('holds');
    expect(check('gdp-2tn', { year: 2025, scope: 'members' }, data).verdict).toBe('does-not-hold');
    // With no stated figure, the margin is told from the limit crossed.
    expect(range(check('gdp-2tn', { year: 2025, scope: 'members' }, data).own).margin).toMatchObject({ side: 'above', reference: 2e12 });
  });
});

describe('margin', () => {
  it('is the distance from the stated figure, not from the lower limit of the reading', () => {
    const approaching = { kind: 'range', figure: 2e12, min: 1.8e12, max: 2e12, unit: 'USD', interpretation: 'x' } as const;
    expect(margin(1.9e12, approaching)).toEqual({ amount: 1e11, relative: false, side: 'below', reference: 2e12 });
    expect(margin(2e12, approaching)).toEqual({ amount: 0, relative: false, side: 'equal', reference: 2e12 });
  });
});

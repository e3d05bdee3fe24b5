import { describe, expect, it } from 'vitest';
import { PUBLISHER_NOT_CONFIRMED, SourceRegistry, titleWithoutPublisher } from './sources';

const trend = { name: 'Trend News Agency', slug: 'trend' };

describe('titleWithoutPublisher', () => {
  it('drops a leading publisher name the reference files put before a title', () => {
    expect(titleWithoutPublisher('Trend: TITR cargo up 63%', trend, 'en.trend.az')).toBe('TITR cargo up 63%');
    expect(titleWithoutPublisher('Report.az: Aliyev at BTK opening', { name: 'Report.az', slug: 'report-az' }, 'report.az')).toBe('Aliyev at BTK opening');
    expect(titleWithoutPublisher('LGC News, "What is the population of North Cyprus?"', { name: 'LGC News', slug: 'lgc-news' }, 'lgcnews.com')).toBe(
      'What is the population of North Cyprus?',
    );
  });

  it('keeps what else the lead said: the agency it cites, or that it is an opinion', () => {
    expect(titleWithoutPublisher('Business Recorder (Reuters): four leaders sign agreement', { name: 'Business Recorder', slug: 'brecorder' }, 'brecorder.com')).toBe(
      'Four leaders sign agreement (Reuters)',
    );
    expect(titleWithoutPublisher('Trend/AsstrA: Georgian ports', trend, 'en.trend.az')).toBe('Georgian ports (AsstrA)');
    expect(titleWithoutPublisher('JPost opinion: TRIPP covers 32-43 km', { name: 'The Jerusalem Post', slug: 'jpost' }, 'fr.jpost.com')).toBe('TRIPP covers 32-43 km (opinion)');
    expect(titleWithoutPublisher('Turkey offers ways to expand cooperation (Kazinform, citing Trend)', { name: 'Kazinform', slug: 'kazinform' }, 'inform.kz')).toBe(
      'Turkey offers ways to expand cooperation (citing Trend)',
    );
  });

  it('leaves a title alone when its lead is not the publisher', () => {
    const title = 'Binali Yildirim: Mutual trade among Turkic states totals only $70 billion';
    expect(titleWithoutPublisher(title, { name: 'Report.az', slug: 'report-az' }, 'report.az')).toBe(title);
    expect(titleWithoutPublisher('Halit Kanak: Trade among OTS', trend, 'trend.az')).toBe('Halit Kanak: Trade among OTS');
  });
});

describe('SourceRegistry', () => {
  it('cites a Wikipedia article read on a mirror as the article, with the mirror as the copy', () => {
    const registry = new SourceRegistry();
    const id = registry.add({ url: 'https://wikimili.com/en/Port_of_Baku', title: 'Port of Baku (Wikipedia summary)' });
    expect(registry.get(id)).toMatchObject({
      publisher: 'Wikipedia',
      title: 'Port of Baku',
      url: 'https://en.wikipedia.org/wiki/Port_of_Baku',
      retrievedFrom: { url: 'https://wikimili.com/en/Port_of_Baku', site: 'wikimili.com, a mirror of Wikipedia' },
      licence: 'CC BY-SA 4.0',
    });
  });

  it('refuses a Wikipedia mirror whose article is not on record, rather than cite the mirror', () => {
    expect(() => new SourceRegistry().add({ url: 'https://wikimili.com/en/Unknown_page' })).toThrow(/WIKIPEDIA_ARTICLES/);
  });

  it('cites Wikipedia’s mobile pages at the desktop address', () => {
    const registry = new SourceRegistry();
    const id = registry.add({ url: 'https://simple.m.wikipedia.org/wiki/Bosporus' });
    expect(registry.get(id)).toMatchObject({ publisher: 'Simple English Wikipedia', title: 'Bosporus', url: 'https://simple.wikipedia.org/wiki/Bosporus' });
  });

  it('keeps a copy of unclear standing as the copy, with no publisher’s page and the reason', () => {
    const registry = new SourceRegistry();
    const url = 'https://demo10.sitefabrikasi.com/en/news/report-of-the-bishkek-summit';
    const source = registry.get(registry.add({ url }));
    expect(source).toMatchObject({ publisher: PUBLISHER_NOT_CONFIRMED, url: null, retrievedFrom: { url, site: 'demo10.sitefabrikasi.com' } });
    expect(source?.caveat).toMatch(/standing of the copy is unclear/);
  });

  it('gives a figure read from a copy the publisher’s page, and the copy as where it was retrieved from', () => {
    const registry = new SourceRegistry();
    const id = registry.add({ url: 'https://github.com/o/r/blob/abc/data.csv', publisherUrl: 'https://data.worldbank.org/indicator/SP.POP.TOTL', publisher: 'World Bank', title: 'Population' });
    expect(registry.get(id)).toMatchObject({ url: 'https://data.worldbank.org/indicator/SP.POP.TOTL', retrievedFrom: { url: 'https://github.com/o/r/blob/abc/data.csv', site: 'github.com' } });
  });

  it('records when a page was published, where the reference collection has it', () => {
    const url = 'https://report.az/en/foreign-politics/informal-ots-summit-to-take-place-in-kazakhstan-next-spring';
    const registry = new SourceRegistry(new Map(), new Map([[url, '2025-10-30']]));
    expect(registry.get(registry.add({ url }))?.published).toBe('2025-10-30');
  });
});

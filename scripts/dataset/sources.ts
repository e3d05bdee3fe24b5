/**
 * The sources table: one entry per distinct URL, with a readable slug id derived from the publisher
 * and the page, a publisher name from a hostname map, and a licence by kind of source.
 *
 * A source is cited by its publisher and its publisher's own page. Wikipedia articles read on a mirror are cited as
 * the article on Wikipedia, with the mirror as the copy they were retrieved from; a page found only on a site of
 * unclear standing keeps that site as its copy, has no publisher's page, and says why.
 */
import type { Source } from '../../src/data/schema';
import { boundedSlug, findUrl, humanize, keywords, slugify } from './text';

export const LICENCE = {
  worldBank: 'CC BY 4.0',
  populationPackage: 'PDDL-1.0 (package); data from the World Bank (CC BY 4.0)',
  factbook: 'Public domain',
  geonames: 'CC BY 4.0',
  wikipedia: 'CC BY-SA 4.0',
  publisher: '© the publisher; facts and figures only',
} as const;

/** Hostname (without "www.") → publisher name and the short slug that starts its source ids. */
const PUBLISHERS: Record<string, [name: string, slug: string]> = {
  '24-kg.com': ['24.kg', '24-kg'],
  'adyrna.kz': ['Adyrna', 'adyrna'],
  'agenda.ge': ['Agenda.ge', 'agenda-ge'],
  'akipress.com': ['AKIpress', 'akipress'],
  'akorda.kz': ['Akorda (Office of the President of Kazakhstan)', 'akorda'],
  'anewz.tv': ['AnewZ', 'anewz'],
  'anews.com.tr': ['A News', 'anews'],
  'ansa.it': ['ANSA', 'ansa'],
  'asiaplus.news': ['Asia-Plus', 'asia-plus'],
  'azatutyun.am': ['Azatutyun (RFE/RL Armenian Service)', 'azatutyun'],
  'azernews.az': ['AzerNews', 'azernews'],
  'azertag.az': ['AZERTAC', 'azertac'],
  'azvision.az': ['AzVision', 'azvision'],
  'brecorder.com': ['Business Recorder', 'brecorder'],
  'caspian-alpine.org': ['Caspian-Alpine Society', 'caspian-alpine'],
  'caspiannews.com': ['Caspian News', 'caspian-news'],
  'cyprus-faq.com': ['Cyprus FAQ', 'cyprus-faq'],
  'cyprus-mail.com': ['Cyprus Mail', 'cyprus-mail'],
  'dailysabah.com': ['Daily Sabah', 'daily-sabah'],
  'enerdata.fr': ['Enerdata', 'enerdata'],
  'fergana.ru': ['Fergana', 'fergana'],
  'georgianencyclopedia.ge': ['Georgian Encyclopedia', 'georgian-encyclopedia'],
  'globaltimes.cn': ['Global Times', 'global-times'],
  'heritage.org': ['The Heritage Foundation', 'heritage'],
  'hurriyetdailynews.com': ['Hürriyet Daily News', 'hurriyet'],
  'inform.kz': ['Kazinform', 'kazinform'],
  'jjtv.kz': ['Jibek Joly TV', 'jibek-joly'],
  'jpost.com': ['The Jerusalem Post', 'jpost'],
  'kureansiklopedi.com': ['Küre Ansiklopedi', 'kure'],
  'lgcnews.com': ['LGC News', 'lgc-news'],
  'menafn.com': ['MENAFN', 'menafn'],
  'mfa.gov.az': ['Ministry of Foreign Affairs of Azerbaijan', 'mfa-az'],
  'mfa.gov.cy': ['Ministry of Foreign Affairs of the Republic of Cyprus', 'mfa-cy'],
  'mfa.gov.tr': ['Ministry of Foreign Affairs of Türkiye', 'mfa-tr'],
  'mfa.uz': ['Ministry of Foreign Affairs of Uzbekistan', 'mfa-uz'],
  'news.az': ['News.az', 'news-az'],
  'newscentralasia.net': ['News Central Asia (nCa)', 'nca'],
  'ocean-energyresources.com': ['Offshore Energy', 'offshore-energy'],
  'pio.mfa.gov.ct.tr': ['TRNC Public Information Office', 'trnc-pio'],
  'pv-magazine.com': ['pv magazine', 'pv-magazine'],
  'qazinform.com': ['Kazinform', 'kazinform'],
  'railjournal.com': ['International Railway Journal', 'irj'],
  'report.az': ['Report.az', 'report-az'],
  'ria.ru': ['RIA Novosti', 'ria'],
  'romania-insider.com': ['Romania Insider', 'romania-insider'],
  'silkwaytv.kz': ['Silk Way TV', 'silk-way-tv'],
  'tabula.ge': ['Tabula', 'tabula'],
  'theasian.asia': ['The AsiaN', 'the-asian'],
  'timesca.com': ['The Times of Central Asia', 'times-ca'],
  'today.az': ['Today.az', 'today-az'],
  'trackopedia.com': ['Trackopedia', 'trackopedia'],
  'trend.az': ['Trend News Agency', 'trend'],
  'trt.global': ['TRT Global', 'trt'],
  'turan.az': ['Turan Information Agency', 'turan'],
  'urdupoint.com': ['UrduPoint', 'urdupoint'],
  'vestikavkaza.ru': ['Vestnik Kavkaza', 'vestnik-kavkaza'],
  'worldbulletin.dunyabulteni.net': ['World Bulletin', 'world-bulletin'],
};

/**
 * Wikipedia articles read on a mirror: the mirror's page → the article's language edition and title, as the mirror
 * names it (each was checked against the mirror's own heading or credit line). A mirror page not listed here stops
 * the build, so that no mirror is ever cited as the source.
 */
const WIKIPEDIA_ARTICLES: Record<string, { lang: string; title: string }> = {
  'https://sparkthread.net/en/Trans-Caspian%20International%20Transport%20Route': { lang: 'en', title: 'Trans-Caspian International Transport Route' },
  'https://wikimili.com/en/Port_of_Baku': { lang: 'en', title: 'Port of Baku' },
  'https://wikimili.com/en/Economy_of_Northern_Cyprus': { lang: 'en', title: 'Economy of Northern Cyprus' },
  'https://wiki.studentb.eu/view_html.php?lang=en&q=Bosporus&sq=engine': { lang: 'en', title: 'Bosporus' },
  'http://centuryjournal.com/glossary/dardanelles/': { lang: 'en', title: 'Dardanelles' },
  'https://pwojczyn.com/wiki/view.php?lang=en&q=North_Nicosia': { lang: 'en', title: 'North Nicosia' },
  'http://piglix.com/piglix/Torugart_Pass': { lang: 'en', title: 'Torugart Pass' },
  'https://hessslslslsls.azureedge.net/wiki/Jalal_Abad': { lang: 'en', title: 'Jalal-Abad' },
  'https://wiki.richxsearch.com/view_html.php?lang=en&q=Kazakh_alphabets': { lang: 'en', title: 'Kazakh alphabets' },
  'https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Baku-Tbilisi-Ceyhan_oil_pipeline.html': {
    lang: 'en',
    title: 'Baku–Tbilisi–Ceyhan pipeline',
  },
};

/**
 * Sites whose copy of a page is the only address found, and whose standing is unclear: the source keeps the copy as
 * where it was retrieved from, has no publisher's page, and carries the reason.
 */
const UNCONFIRMED_COPIES: Record<string, string> = {
  'demo10.sitefabrikasi.com':
    'Found only at demo10.sitefabrikasi.com, which is not a site of the OTS or of any of its states; no page of the ' +
    'organisation’s own was found for it, so its publisher is not confirmed and the standing of the copy is unclear.',
};
export const PUBLISHER_NOT_CONFIRMED = 'Publisher not confirmed';

/** Sites that republish Wikipedia articles; their pages are cited as Wikipedia with the mirror named. */
const WIKIPEDIA_MIRRORS = [
  'wikimili.com',
  'sparkthread.net',
  'wiki.studentb.eu',
  'centuryjournal.com',
  'pwojczyn.com',
  'piglix.com',
  'hessslslslsls.azureedge.net',
  'wiki.richxsearch.com',
  'ipfs.dweb.link',
];

interface PublisherInfo {
  name: string;
  slug: string;
  wikipedia: boolean;
}

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

export function publisherOf(url: URL): PublisherInfo {
  const host = hostOf(url);
  if (host === 'simple.wikipedia.org' || host === 'simple.m.wikipedia.org') return { name: 'Simple English Wikipedia', slug: 'wikipedia', wikipedia: true };
  if (host === 'wikipedia.org' || host.endsWith('.wikipedia.org')) return { name: 'Wikipedia', slug: 'wikipedia', wikipedia: true };
  const mirror = WIKIPEDIA_MIRRORS.find((m) => host === m || host.endsWith(`.${m}`));
  if (mirror) return { name: `Wikipedia (mirror: ${mirror})`, slug: 'wikipedia', wikipedia: true };
  // Try the host, then drop leading labels: en.trend.az → trend.az, korea.mfa.uz → mfa.uz.
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const known = PUBLISHERS[labels.slice(i).join('.')];
    if (known) return { name: known[0], slug: known[1], wikipedia: false };
  }
  return { name: host, slug: slugify(labels.slice(0, -1).join('-')), wikipedia: false };
}

/** The article name of a Wikipedia page or mirror URL: "/wiki/Ganja_Pass" → "Ganja Pass". */
function wikipediaPage(url: URL): string {
  const fromQuery = url.searchParams.get('q');
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const raw = fromQuery ?? segments[segments.length - 1] ?? url.hostname;
  const page = decodeURIComponent(raw).replace(/\.html?$/, '').replace(/_/g, ' ');
  return page.charAt(0).toUpperCase() + page.slice(1);
}

const EXTENSION = /\.(s?html?|php|aspx?)$/;
const splitTokens = (segment: string) => segment.split(/[-_\s]+/).filter((t) => t !== '');
const isWordy = (segment: string) => splitTokens(segment).filter((t) => /[a-z]/i.test(t)).length >= 2;
/** Trailing tokens that are article numbers or hashes ("…-200461", "…_a2982203", "…-6c479b"), but not years or ordinals. */
const isTrailingId = (t: string) =>
  t.length === 1 || (/^\d+$/.test(t) && !/^(19|20)\d\d$/.test(t)) || (/\d/.test(t) && /[a-z]/i.test(t) && !/^\d+(st|nd|rd|th)$/i.test(t));
/** Leading article numbers ("27460-organization-of-…"). */
const isLeadingId = (t: string) => /^\d{5,}$/.test(t);

/** The words that name a news page: its most descriptive URL segment, or its article number. */
function pageWords(url: URL): { words: string[]; wordy: boolean } {
  const segments = decodeURIComponent(url.pathname)
    .split(/[/:]/)
    .map((s) => s.replace(EXTENSION, ''))
    .filter((s) => s !== '');
  const candidates = segments.length > 0 ? segments : [...url.searchParams.values()];
  const wordy = [...candidates].reverse().find(isWordy);
  if (wordy) {
    const tokens = splitTokens(wordy);
    while (tokens.length > 2 && isTrailingId(tokens[tokens.length - 1] ?? '')) tokens.pop();
    while (tokens.length > 2 && isLeadingId(tokens[0] ?? '')) tokens.shift();
    return { words: tokens, wordy: true };
  }
  const numbered = [...candidates].reverse().find((s) => /\d/.test(s)) ?? candidates[candidates.length - 1];
  return { words: numbered ? [numbered] : [], wordy: false };
}

/** A Wikipedia page's address on Wikipedia itself: the desktop site, not the mobile one. */
function wikipediaPageUrl(url: URL): string {
  const desktop = new URL(url.href);
  desktop.hostname = desktop.hostname.replace('.m.wikipedia.org', '.wikipedia.org');
  return desktop.href;
}

function wikipediaArticleUrl(lang: string, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The reference files often title a page "Trend: TITR cargo up 63%…" or "Business Recorder (Reuters): four leaders
 * sign…". Cited as "publisher: title", the publisher would be named twice: a leading name that is the publisher's
 * (its name, short name or site) is dropped, and what else the lead said (an agency it cites, "opinion") is kept in
 * brackets after the title.
 */
export function titleWithoutPublisher(title: string, publisher: Pick<PublisherInfo, 'name' | 'slug'>, host: string): string {
  const names = [publisher.name, publisher.slug, host].map(squash).filter((n) => n.length >= 2);
  // A trailing "(Daily Sabah)" or "(Kazinform, citing Trend)" names the publisher too.
  const trailing = /^(.*\S)\s+\(([^()]+?)(?:,\s*([^()]+))?\)$/.exec(title);
  if (trailing && names.includes(squash(trailing[2]!))) {
    return trailing[3] ? `${trailing[1]} (${trailing[3]})` : trailing[1]!;
  }
  const stripped = leadingPublisherRemoved(title, names);
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

function leadingPublisherRemoved(title: string, names: string[]): string {
  const match = /^([^:"“]{2,40}?)(?::\s+|,\s+(?=["“]))(.+)$/.exec(title);
  const parts = match ? /^([^/(]+?)(?:\s*\/\s*([^(]+?))?(?:\s*\(([^)]+)\))?$/.exec(match[1]!.trim()) : null;
  if (!match || !parts) return title;
  const words = parts[1]!.split(/\s+/);
  // The most leading words that still name the publisher: "JPost opinion" → "JPost" (and "opinion" is kept).
  const named = words.findLastIndex((_, k) => {
    const lead = squash(words.slice(0, k + 1).join(' '));
    return lead.length >= 3 && names.some((n) => n === lead || n.startsWith(lead));
  });
  if (named === -1) return title;
  const remarks = [words.slice(named + 1).join(' '), parts[2], parts[3]]
    .map((r) => r?.trim() ?? '')
    .filter((r) => r !== '' && r.toLowerCase() !== 'news');
  const rest = match[2]!.replace(/^["“]([^"”]*)["”]/, '$1');
  return remarks.length > 0 ? `${rest} (${remarks.join(', ')})` : rest;
}

export interface SourceInput {
  /** The address the reference files give: the publisher's page, or the copy the figures were read from. */
  url: string;
  /** The title given by the reference files; derived from the URL when absent. */
  title?: string;
  id?: string;
  publisher?: string;
  licence?: string;
  version?: string;
  /** For figures read from a copy (`url`): the publisher's own page for them. */
  publisherUrl?: string;
  /** How "retrieved from" names the copy, when its host alone would not say what it is. */
  copySite?: string;
}

/**
 * A source the reference collection records without the publisher's page: an article it quotes, a table read from a
 * copy. Registered by id; `caveat` says why there is no page, `retrievedFrom` names the copy read, if any.
 */
export interface UnaddressedSource {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  caveat: string;
  retrievedFrom?: { url: string; site: string };
  version?: string;
}

interface Entry {
  source: Source;
  titleDerived: boolean;
  publisher: PublisherInfo;
  host: string;
}

export class SourceRegistry {
  private readonly byUrl = new Map<string, Entry>();
  private readonly unaddressed = new Map<string, Source>();
  private readonly ids = new Set<string>();

  /**
   * @param casing lower-case word → its usual spelling in the reference files ("ots" → "OTS", "baku" → "Baku"),
   *   used to restore capitals in titles derived from page addresses.
   * @param published page address → the date it was published, where the compilers recorded it (source_dates.csv).
   */
  constructor(
    private readonly casing: ReadonlyMap<string, string> = new Map(),
    private readonly published: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** Registers a source (once per URL) and returns its id. A given title replaces one derived earlier. */
  add(input: SourceInput): string {
    const url = input.url.trim();
    const existing = this.byUrl.get(url);
    if (existing) {
      if (existing.titleDerived && input.title && !existing.publisher.wikipedia) {
        existing.source.title = titleWithoutPublisher(input.title.trim(), existing.publisher, existing.host);
        existing.titleDerived = false;
      }
      if (input.version && !existing.source.version) existing.source.version = input.version;
      return existing.source.id;
    }
    const parsed = new URL(url);
    const host = hostOf(parsed);
    const publisher = publisherOf(parsed);
    const id = this.uniqueId(input.id ?? this.deriveId(parsed, publisher), parsed);
    const given = input.title?.trim();
    const source: Source = {
      id,
      publisher: input.publisher ?? publisher.name,
      title: given ? titleWithoutPublisher(given, publisher, host) : this.deriveTitle(parsed, publisher),
      url,
      licence: input.licence ?? (publisher.wikipedia ? LICENCE.wikipedia : LICENCE.publisher),
      accessed: null,
    };
    if (input.publisherUrl) {
      source.url = input.publisherUrl;
      source.retrievedFrom = { url, site: input.copySite ?? host };
    } else if (publisher.wikipedia) {
      // Cited as the article on Wikipedia; a mirror is only where it was read.
      const article = WIKIPEDIA_ARTICLES[url];
      const isMirror = publisher.name.startsWith('Wikipedia (mirror');
      if (isMirror && !article) throw new Error(`${url}: a Wikipedia mirror with no article on record (add it to WIKIPEDIA_ARTICLES)`);
      if (article) {
        source.publisher = 'Wikipedia';
        source.title = article.title;
        source.url = wikipediaArticleUrl(article.lang, article.title);
        source.retrievedFrom = { url, site: `${host}, a mirror of Wikipedia` };
      } else {
        source.title = wikipediaPage(parsed);
        source.url = wikipediaPageUrl(parsed);
      }
    } else if (UNCONFIRMED_COPIES[host]) {
      source.publisher = PUBLISHER_NOT_CONFIRMED;
      source.url = null;
      source.retrievedFrom = { url, site: host };
      source.caveat = UNCONFIRMED_COPIES[host];
    }
    const published = this.published.get(url);
    if (published) source.published = published;
    if (input.version) source.version = input.version;
    this.byUrl.set(url, { source, titleDerived: !given, publisher, host });
    this.ids.add(id);
    return id;
  }

  /** Registers a source that has no address, once per id; a second registration must say the same. */
  addUnaddressed(input: UnaddressedSource): string {
    const existing = this.unaddressed.get(input.id);
    if (existing) {
      if (existing.title !== input.title || existing.publisher !== input.publisher) {
        throw new Error(`source "${input.id}" registered twice with different details`);
      }
      return input.id;
    }
    if (this.ids.has(input.id)) throw new Error(`source id "${input.id}" is taken`);
    this.unaddressed.set(input.id, { ...input, url: null, accessed: null });
    this.ids.add(input.id);
    return input.id;
  }

  /** Registers the first URL found in a piece of text ("… (mirror https://…)"). */
  addFromText(text: string, title?: string): string {
    const url = findUrl(text);
    if (!url) throw new Error(`no URL in "${text}"`);
    return this.add(title ? { url, title } : { url });
  }

  /** The source registered under an id. */
  get(id: string): Source | undefined {
    for (const entry of this.byUrl.values()) if (entry.source.id === id) return entry.source;
    return undefined;
  }

  /** All sources, sorted by id (plain code-unit order, so the output does not depend on the locale). */
  list(): Source[] {
    return [...[...this.byUrl.values()].map((e) => e.source), ...this.unaddressed.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private deriveId(url: URL, publisher: PublisherInfo): string {
    if (publisher.wikipedia) return boundedSlug('wikipedia', keywords(wikipediaPage(url)));
    const { words } = pageWords(url);
    return boundedSlug(publisher.slug, keywords(words.join(' ')));
  }

  private uniqueId(base: string, url: URL): string {
    if (!this.ids.has(base)) return base;
    const label = slugify(hostOf(url).split('.').find((l) => !['en', 'm', 'amp', 'wiki'].includes(l)) ?? 'alt');
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? `${base}-${label}`.slice(0, 48).replace(/-$/, '') : `${base}-${n}`;
      if (!this.ids.has(candidate)) return candidate;
    }
  }

  private deriveTitle(url: URL, publisher: PublisherInfo): string {
    if (publisher.wikipedia) return wikipediaPage(url);
    const { words, wordy } = pageWords(url);
    if (wordy) return humanize(words.map((w) => this.casing.get(w.toLowerCase()) ?? w).join(' '));
    return words.length > 0 ? `Page “${words.join(' ')}” (title not recorded)` : `${publisher.name} (page title not recorded)`;
  }
}

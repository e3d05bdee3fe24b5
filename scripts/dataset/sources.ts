/**
 * The sources table: one entry per distinct URL, with a readable slug id derived from the publisher
 * and the page, a publisher name from a hostname map, and a licence by kind of source.
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

export interface SourceInput {
  url: string;
  /** The title given by the reference files; derived from the URL when absent. */
  title?: string;
  id?: string;
  publisher?: string;
  licence?: string;
  version?: string;
}

interface Entry {
  source: Source;
  titleDerived: boolean;
}

export class SourceRegistry {
  private readonly byUrl = new Map<string, Entry>();
  private readonly ids = new Set<string>();

  /**
   * @param casing lower-case word → its usual spelling in the reference files ("ots" → "OTS", "baku" → "Baku"),
   *   used to restore capitals in titles derived from page addresses.
   */
  constructor(private readonly casing: ReadonlyMap<string, string> = new Map()) {}

  /** Registers a source (once per URL) and returns its id. A given title replaces one derived earlier. */
  add(input: SourceInput): string {
    const url = input.url.trim();
    const existing = this.byUrl.get(url);
    if (existing) {
      if (existing.titleDerived && input.title) {
        existing.source.title = input.title.trim();
        existing.titleDerived = false;
      }
      if (input.version && !existing.source.version) existing.source.version = input.version;
      return existing.source.id;
    }
    const parsed = new URL(url);
    const publisher = publisherOf(parsed);
    const id = this.uniqueId(input.id ?? this.deriveId(parsed, publisher), parsed);
    const source: Source = {
      id,
      title: input.title?.trim() || this.deriveTitle(parsed, publisher),
      publisher: input.publisher ?? publisher.name,
      url,
      licence: input.licence ?? (publisher.wikipedia ? LICENCE.wikipedia : LICENCE.publisher),
      accessed: null,
    };
    if (input.version) source.version = input.version;
    this.byUrl.set(url, { source, titleDerived: !input.title });
    this.ids.add(id);
    return id;
  }

  /** Registers the first URL found in a piece of text ("… (mirror https://…)"). */
  addFromText(text: string, title?: string): string {
    const url = findUrl(text);
    if (!url) throw new Error(`no URL in "${text}"`);
    return this.add(title ? { url, title } : { url });
  }

  /** All sources, sorted by id (plain code-unit order, so the output does not depend on the locale). */
  list(): Source[] {
    return [...this.byUrl.values()].map((e) => e.source).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
    if (publisher.wikipedia) {
      const via = publisher.name === 'Wikipedia' ? '' : `, via ${publisher.name.replace(/^Wikipedia \(mirror: (.*)\)$/, '$1')} mirror`;
      return `${wikipediaPage(url)} (Wikipedia${via})`;
    }
    const { words, wordy } = pageWords(url);
    if (wordy) return humanize(words.map((w) => this.casing.get(w.toLowerCase()) ?? w).join(' '));
    return words.length > 0 ? `${publisher.name}, page ${words.join(' ')}` : publisher.name;
  }
}

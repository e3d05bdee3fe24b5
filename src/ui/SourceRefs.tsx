import type { Source } from '../data/schema';
import { citationDetail, publisherList } from './citation';

interface SourceRefsProps {
  sources: Source[];
  label?: string;
}

/** Only a web address becomes a link; the schema refuses any other, and this holds even for a source it never saw. */
export function isWebAddress(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url.trim());
}

/** One source: publisher and title (linked to the publisher's page), then the copy it was retrieved from, and why. */
export function SourceItem({ source }: { source: Source }) {
  const detail = citationDetail(source);
  return (
    <li className="source">
      <span className="source__name">
        <strong>{source.publisher}</strong>:{' '}
        {isWebAddress(source.url) ? (
          <a className="source__link" href={source.url} target="_blank" rel="noreferrer noopener">
            {source.title}
          </a>
        ) : (
          source.title
        )}
        {detail ? `, ${detail}` : ''}.
      </span>
      {source.retrievedFrom ? (
        <span className="source__copy">
          Retrieved from{' '}
          {isWebAddress(source.retrievedFrom.url) ? (
            <a className="source__link" href={source.retrievedFrom.url} target="_blank" rel="noreferrer noopener">
              {source.retrievedFrom.site}
            </a>
          ) : (
            source.retrievedFrom.site
          )}
          .
        </span>
      ) : null}
      {source.caveat ? <span className="source__caveat">{source.caveat}</span> : null}
      <span className="source__meta">
        Licence: {source.licence}. {source.accessed ? `Accessed ${source.accessed}.` : 'Access date not recorded.'}
      </span>
    </li>
  );
}

/** The sources behind a figure: publishers at a glance, every source one click away. */
export function SourceRefs({ sources, label = 'Sources' }: SourceRefsProps) {
  if (sources.length === 0) return <p className="sources sources--none">{label}: none recorded</p>;
  return (
    <details className="sources">
      <summary>
        {label}: {publisherList(sources)}
      </summary>
      <ul>
        {sources.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ul>
    </details>
  );
}

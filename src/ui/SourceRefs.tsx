import type { Source } from '../data/schema';

interface SourceRefsProps {
  sources: Source[];
  label?: string;
}

function publishers(sources: Source[]): string {
  const names = [...new Set(sources.map((s) => s.publisher))];
  return names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} +${names.length - 2}`;
}

/** The sources behind a figure: publishers at a glance, every source one click away. */
export function SourceRefs({ sources, label = 'Sources' }: SourceRefsProps) {
  if (sources.length === 0) return <p className="sources sources--none">{label}: none recorded</p>;
  return (
    <details className="sources">
      <summary>
        {label}: {publishers(sources)}
      </summary>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title}
            </a>{' '}
            — {s.publisher}
            {s.version ? `, ${s.version}` : ''}. Licence: {s.licence}.{' '}
            {s.accessed ? `Accessed ${s.accessed}.` : 'Access date not recorded.'}
          </li>
        ))}
      </ul>
    </details>
  );
}

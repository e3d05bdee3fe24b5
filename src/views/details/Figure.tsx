import type { ReactNode } from 'react';
import { SourceRefs } from '../../ui/SourceRefs';
import { useSources } from '../../state/hooks';

interface FigureProps {
  label: string;
  /** null shows the figure as missing. */
  value: ReactNode | null;
  missingText?: string;
  /** Beside a missing figure: the latest earlier one, with its year, and its sources (shown instead of none). */
  latest?: { text: ReactNode; year: number; sources: readonly string[] } | null;
  detail?: ReactNode;
  sources: readonly string[];
  /** Words rather than a number: set in a smaller size. */
  text?: boolean;
}

/** One key figure: label, value (or an honest "missing"), a detail line and its sources. */
export function Figure({ label, value, missingText = 'No figure', latest, detail, sources, text = false }: FigureProps) {
  const shownLatest = value == null ? latest : null;
  const resolved = useSources(shownLatest ? shownLatest.sources : sources);
  return (
    <div className="figure">
      <dt className="figure__label">{label}</dt>
      <dd className={text ? 'figure__value figure__value--text' : 'figure__value'}>
        {value != null ? <span className={text ? undefined : 'figure__number'}>{value}</span> : <span className="missing">{missingText}</span>}
        {shownLatest ? (
          <span className="figure__latest">
            Latest: <strong>{shownLatest.text}</strong> in {shownLatest.year}
          </span>
        ) : null}
        {detail ? <span className="figure__detail">{detail}</span> : null}
        {resolved.length > 0 || value != null ? <SourceRefs sources={resolved} label="Source" /> : null}
      </dd>
    </div>
  );
}

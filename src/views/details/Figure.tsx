import type { ReactNode } from 'react';
import { SourceRefs } from '../../ui/SourceRefs';
import { useSources } from '../../state/hooks';

interface FigureProps {
  label: string;
  /** null shows the figure as missing. */
  value: ReactNode | null;
  missingText?: string;
  detail?: ReactNode;
  sources: readonly string[];
  /** Words rather than a number: set in a smaller size. */
  text?: boolean;
}

/** One key figure: label, value (or an honest "missing"), a detail line and its sources. */
export function Figure({ label, value, missingText = 'No figure', detail, sources, text = false }: FigureProps) {
  const resolved = useSources(sources);
  return (
    <div className="figure">
      <dt className="figure__label">{label}</dt>
      <dd className={text ? 'figure__value figure__value--text' : 'figure__value'}>
        {value != null ? <span className={text ? undefined : 'figure__number'}>{value}</span> : <span className="missing">{missingText}</span>}
        {detail ? <span className="figure__detail">{detail}</span> : null}
        {resolved.length > 0 || value != null ? <SourceRefs sources={resolved} label="Source" /> : null}
      </dd>
    </div>
  );
}

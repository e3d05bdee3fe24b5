import { memo } from 'react';
import type { Source } from '../../data/schema';
import { formatPartialDate } from '../../ui/format';
import { SourceRefs } from '../../ui/SourceRefs';

interface SourceLineProps {
  sources: readonly Source[];
  /** Release or other detail that applies to the figures: "GDP release: WDI, last updated 2026-07-13". */
  detail?: string;
  asOf: string;
}

/** The panel's source line and as-of date, with every source one click away. */
export const SourceLine = memo(function SourceLine({ sources, detail, asOf }: SourceLineProps) {
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  return (
    <div className="chart-source">
      <p className="chart-source__line">
        Source: {publishers.length > 0 ? publishers.join('; ') : 'none recorded'}.{detail ? ` ${detail}.` : ''} Data as of{' '}
        {formatPartialDate(asOf)}.
      </p>
      <SourceRefs sources={[...sources]} label="Every source" />
    </div>
  );
});

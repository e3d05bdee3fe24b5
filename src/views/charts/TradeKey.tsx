import { memo } from 'react';
import { MEASURED_COLOURS, MEASURED_DASH, type MeasuredLineId } from './trade-measured';
import { MEASURED_LABEL } from './trade-text';

const LINES: readonly MeasuredLineId[] = ['share-own', 'volume-exporters', 'volume-importers'];

/** The key to the marks of the trade charts: the computed lines, then what each shape and fill of a statement means. */
export const TradeKey = memo(function TradeKey({ measured }: { measured: boolean }) {
  return (
    <ul className="trade-key" aria-label="Key to the trade charts" data-export="legend">
      {measured
        ? LINES.map((id) => (
            <li key={id}>
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <line x1="1" y1="10" x2="19" y2="10" stroke={MEASURED_COLOURS[id]} strokeWidth="3" strokeDasharray={MEASURED_DASH[id] ? '5 3' : undefined} />
              </svg>
              {MEASURED_LABEL[id]}
            </li>
          ))
        : null}
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="6" className="trade-key__filled" /></svg>statement: figure as stated</li>
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><polygon points="10,2 3,16 17,16" className="trade-key__filled" /></svg>“more than”</li>
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><polygon points="10,2 18,10 10,18 2,10" className="trade-key__filled" /></svg>“about”</li>
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><rect x="7" y="3" width="6" height="14" className="trade-key__hollow" /></svg>range</li>
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="6" className="trade-key__hollow" /></svg>hollow: year approximate or not given</li>
      <li><span className="trade-key__band" aria-hidden="true" />sources differ</li>
      <li><span className="trade-key__period" aria-hidden="true" />the claim’s period</li>
    </ul>
  );
});

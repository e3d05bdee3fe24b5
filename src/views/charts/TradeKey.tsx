import { memo } from 'react';

/** The key to the marks of the trade charts: what each shape and fill means. */
export const TradeKey = memo(function TradeKey() {
  return (
    <ul className="trade-key" aria-label="Key to the trade charts" data-export="legend">
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="6" className="trade-key__filled" /></svg>figure as stated</li>
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><polygon points="10,2 3,16 17,16" className="trade-key__filled" /></svg>“more than”</li>
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><polygon points="10,2 18,10 10,18 2,10" className="trade-key__filled" /></svg>“about”</li>
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><rect x="7" y="3" width="6" height="14" className="trade-key__hollow" /></svg>range</li>
      <li><svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="6" className="trade-key__hollow" /></svg>hollow: year approximate or not given</li>
      <li><span className="trade-key__band" aria-hidden="true" />sources differ</li>
    </ul>
  );
});

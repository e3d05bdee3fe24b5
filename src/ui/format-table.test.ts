import { describe, expect, it } from 'vitest';
import { columnDecimals, columnFormat } from './format-table';

describe('columnFormat', () => {
  it('writes a column with one precision, set by its largest figure', () => {
    // Azerbaijan's GDP in US$ bn, 2009–2012: once "$44.3 bn", "$66 bn" and "$69.7 bn" side by side.
    const azerbaijan = columnFormat([44.29, 52.9, 65.95, 69.68]);
    expect([44.29, 52.9, 65.95, 69.68].map(azerbaijan)).toEqual(['44.3', '52.9', '66.0', '69.7']);
    const turkiye = columnFormat([644.6, 1323.4]);
    expect([644.6, 1323.4].map(turkiye)).toEqual(['645', '1,323']);
    const small = columnFormat([4.69, 8.271]);
    expect([4.69, 8.271].map(small)).toEqual(['4.69', '8.27']);
  });

  it('keeps three significant digits for the largest figure, and no more than two decimals', () => {
    expect(columnDecimals([99.94])).toBe(1);
    expect(columnDecimals([100])).toBe(0);
    expect(columnDecimals([0.004])).toBe(2);
    expect(columnDecimals([-250, 3])).toBe(0);
    expect(columnDecimals([])).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { parseProcStat, stealShare } from './host-load';

const stat = (steal: number, idle: number) =>
  `cpu  1000 10 300 ${idle} 20 0 5 ${steal} 0 0\ncpu0 500 5 150 ${idle / 2} 10 0 3 ${steal / 2} 0 0\nintr 12345\n`;

describe('the host’s share of the processor', () => {
  it('reads the machine-wide steal and total from /proc/stat, not counting guest time twice', () => {
    expect(parseProcStat(stat(40, 8000))).toEqual({ steal: 40, total: 1000 + 10 + 300 + 8000 + 20 + 0 + 5 + 40 });
    expect(parseProcStat('cpu  1 2 3 4 5 6 7 8 900 900\n')).toEqual({ steal: 8, total: 36 });
  });

  it('is the share of the ticks between two readings that the host took', () => {
    const before = parseProcStat(stat(40, 8000));
    const after = parseProcStat(stat(140, 8900));
    expect(stealShare(before, after)).toBeCloseTo(100 / (900 + 100), 9);
  });

  it('cannot be told without both readings, or from a file without a steal figure', () => {
    expect(parseProcStat('cpu  1 2 3 4\n')).toBeNull();
    expect(parseProcStat('intr 1 2 3\n')).toBeNull();
    expect(stealShare(null, parseProcStat(stat(1, 1)))).toBeNull();
    expect(stealShare(parseProcStat(stat(1, 1)), parseProcStat(stat(1, 1)))).toBeNull();
  });
});

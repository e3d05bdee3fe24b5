/**
 * How much processor time the machine lost to its host during the benchmark: on a virtual machine, Linux counts the
 * time the hypervisor ran something else while this machine wanted the processor as "steal" (the eighth figure of the
 * `cpu` line in /proc/stat). The atlas does more work than the bare page, so when a busy host takes time away it loses
 * more of it: above a few percent, the load ratios say more about the host than about the code.
 */
import { readFileSync } from 'node:fs';

export interface CpuTimes {
  /** Ticks the host took. */
  steal: number;
  /** Every tick counted, steal included. */
  total: number;
}

/** Above this share of stolen time the benchmark warns that its ratios are not reliable. */
export const STEAL_WARNING = 0.05;

/** The machine-wide counts from the text of /proc/stat, or null if it has no `cpu` line with a steal figure. */
export function parseProcStat(text: string): CpuTimes | null {
  const line = text.split('\n').find((l) => /^cpu\s/.test(l));
  const ticks = line?.trim().split(/\s+/).slice(1).map(Number);
  if (!ticks || ticks.length < 8 || ticks.some((t) => !Number.isFinite(t))) return null;
  // user nice system idle iowait irq softirq steal [guest guest_nice]: guest time is already counted in user and nice.
  const counted = ticks.slice(0, 8);
  return { steal: counted[7]!, total: counted.reduce((sum, t) => sum + t, 0) };
}

export function readCpuTimes(): CpuTimes | null {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null; // not Linux
  }
}

/** The share of all ticks between two readings that the host took, or null when it cannot be told. */
export function stealShare(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after) return null;
  const total = after.total - before.total;
  return total > 0 ? (after.steal - before.steal) / total : null;
}

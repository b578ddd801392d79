// The table `--sweep` prints: one row per value, each the mean over the seeds.
import type { SweepRow } from '../engine';

export function formatSweep(path: string, seeds: number[], rows: SweepRow[]): string {
  const header = [path, 'requests', 'ok %', 'attempts', 'attempts/req', 'p50 ms', 'p99 ms', 'finish ms'];
  const body = rows.map((r) => [
    String(r.value), r.metrics.requests.toFixed(0), (r.metrics.availability * 100).toFixed(2), r.metrics.attempts.toFixed(0),
    r.metrics.amplification.toFixed(2), r.metrics.p50Ms.toFixed(1), r.metrics.p99Ms.toFixed(1),
    r.metrics.finishMs === null ? '—' : r.metrics.finishMs.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [`mean of ${seeds.length} seeds (${seeds.join(', ')})`, line(header), ...body.map(line), ''].join('\n');
}

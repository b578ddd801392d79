// Turns the snapshot's one-second buckets into the chart's window: the last 60 simulated
// seconds, complete buckets only (a half-filled current second would read as a sudden dip).
import type { ChartPoint } from '../../engine/api';

export const WINDOW_MS = 60_000;

export type SeriesPoint = { t: number; okPerSec: number; failedPerSec: number; p99: number };
export type Series = { x0: number; x1: number; points: SeriesPoint[] };

export function chartSeries(chart: { bucketMs: number; points: readonly ChartPoint[] } | undefined, simMs: number): Series {
  const x1 = Math.max(WINDOW_MS, simMs);
  const x0 = x1 - WINDOW_MS;
  if (!chart || chart.bucketMs <= 0) return { x0, x1, points: [] };
  const perSec = 1000 / chart.bucketMs;
  const points = chart.points
    .filter((p) => p.startMs + chart.bucketMs <= simMs && p.startMs + chart.bucketMs >= x0)
    .map((p) => ({ t: p.startMs + chart.bucketMs, okPerSec: p.ok * perSec, failedPerSec: p.failed * perSec, p99: p.p99 }));
  return { x0, x1, points };
}

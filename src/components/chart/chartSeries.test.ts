import { describe, expect, it } from 'vitest';
import { chartSeries } from './chartSeries';

describe('chartSeries', () => {
  const pt = (s: number, ok: number) => ({ startMs: s * 1000, ok, failed: 1, p99: 50 });

  it('shows the first minute from 0, complete buckets only, as rates per second', () => {
    const s = chartSeries({ bucketMs: 1000, points: [pt(0, 10), pt(1, 12), pt(2, 3)] }, 2500);
    expect([s.x0, s.x1]).toEqual([0, 60_000]);
    expect(s.points).toEqual([
      { t: 1000, okPerSec: 10, failedPerSec: 1, p99: 50 },
      { t: 2000, okPerSec: 12, failedPerSec: 1, p99: 50 },
    ]);
  });

  it('slides to keep the last 60 seconds', () => {
    const points = Array.from({ length: 90 }, (_, i) => pt(i, i));
    const s = chartSeries({ bucketMs: 1000, points }, 90_000);
    expect([s.x0, s.x1]).toEqual([30_000, 90_000]);
    expect(s.points[0].t).toBe(30_000);
    expect(s.points.at(-1)!.t).toBe(90_000);
  });

  it('scales half-second buckets to per-second rates', () => {
    const s = chartSeries({ bucketMs: 500, points: [{ startMs: 0, ok: 5, failed: 0, p99: 1 }] }, 600);
    expect(s.points[0].okPerSec).toBe(10);
  });
});

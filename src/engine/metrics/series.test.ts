import { describe, expect, it } from 'vitest';
import { createSeriesSet } from './series';

describe('series ring buffers', () => {
  it('sums counters per bucket, samples gauges at bucket end, and keeps only the last buckets', () => {
    const s = createSeriesSet(100, 3);
    const hits = s.counter('hits');
    let depth = 0;
    s.gauge('depth', () => depth);
    const at = (t: number, f: () => void) => { s.advanceTo(t); f(); };
    at(10, () => hits());
    at(50, () => { hits(2); depth = 4; });
    at(150, () => hits());      // bucket 1
    at(420, () => { depth = 1; }); // closes buckets 1..3, bucket 0 drops out of the ring
    expect(s.closedBuckets).toBe(4);
    expect(s.firstStartMs).toBe(100);
    expect(s.read('hits')).toEqual([1, 0, 0]);
    expect(s.read('depth')).toEqual([4, 4, 4]);
  });
});

// Latency histogram with geometric buckets 1 % wide: any percentile it reports is within 0.5 %
// of the exact value (the bucket's geometric middle is at most half a bucket away), in fixed
// memory however many values it holds.
import type { LatencySummary } from './summaryTypes';

const FLOOR_MS = 0.01; // everything at or below 10 µs shares bucket 0
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
const BUCKETS = 2400; // 0.01 ms · 1.01^2400 ≈ 2.3e8 ms, more than any simulated day

export type Histogram = {
  record(ms: number): void;
  /** Nearest-rank percentile, q in (0, 1]. 0 when empty. */
  percentile(q: number): number;
  readonly count: number;
  readonly mean: number;
  readonly max: number;
  summary(): LatencySummary;
  reset(): void;
};

// A request's latency goes into several histograms in a row (overall, per bucket, per route):
// remembering the last value's bucket saves the repeated logarithms. The numbers live in object
// fields, not `let` variables: V8 boxes every fractional number written to a closure variable
// (a fresh heap allocation per write), while an object field's box is updated in place.
const last = { ms: NaN, bucket: 0 };

function bucketOf(ms: number): number {
  if (ms === last.ms) return last.bucket;
  let i = 0;
  if (!(ms <= FLOOR_MS)) {
    i = Math.ceil(Math.log(ms / FLOOR_MS) / LOG_GROWTH);
    if (!(i < BUCKETS)) i = BUCKETS - 1;
  }
  last.ms = ms;
  last.bucket = i;
  return i;
}

/** Geometric middle of bucket i, which holds (FLOOR·G^(i−1), FLOOR·G^i]. */
function middleOf(i: number): number {
  return i === 0 ? FLOOR_MS : FLOOR_MS * Math.pow(GROWTH, i - 0.5);
}

export function createHistogram(): Histogram {
  const counts = new Float64Array(BUCKETS);
  // Fields of one object rather than closure variables, for the reason given at bucketOf.
  const t = { count: 0, sum: 0, min: Infinity, max: 0 };

  function percentile(q: number): number {
    if (t.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * t.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) return Math.min(t.max, Math.max(t.min, middleOf(i)));
    }
    return t.max;
  }

  return {
    record(ms) {
      counts[bucketOf(ms)]++;
      t.count++;
      t.sum += ms;
      if (ms < t.min) t.min = ms;
      if (ms > t.max) t.max = ms;
    },
    percentile,
    get count() { return t.count; },
    get mean() { return t.count ? t.sum / t.count : 0; },
    get max() { return t.max; },
    summary() {
      return { mean: this.mean, p50: percentile(0.5), p95: percentile(0.95), p99: percentile(0.99), max: t.max };
    },
    reset() {
      counts.fill(0);
      t.count = 0; t.sum = 0; t.min = Infinity; t.max = 0;
    },
  };
}

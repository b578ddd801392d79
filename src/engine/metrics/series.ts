// Time series in fixed-size ring buffers: counters summed per bucket, gauges sampled at a
// bucket's end. Memory stays bounded however long the run (the page keeps 60 buckets).
export type SeriesSet = {
  readonly bucketMs: number;
  /** Returns a function that adds to the current bucket of the named counter. */
  counter(key: string): (n?: number) => void;
  gauge(key: string, read: () => number): void;
  /** Closes every bucket that ends at or before `nowMs`. */
  advanceTo(nowMs: number): void;
  /** When the current bucket closes: until then `advanceTo` has nothing to do. */
  readonly nextBoundaryMs: number;
  /** Closed buckets, oldest first, with the start time of the first. */
  read(key: string): number[];
  readonly firstStartMs: number;
  readonly closedBuckets: number;
};

type Track = { ring: Float64Array; current: number; read?: () => number };

export function createSeriesSet(bucketMs: number, capacity: number): SeriesSet {
  const tracks = new Map<string, Track>();
  let closed = 0; // buckets closed so far
  let nextBoundary = bucketMs;

  function track(key: string, read?: () => number): Track {
    let t = tracks.get(key);
    if (!t) {
      t = { ring: new Float64Array(capacity), current: 0, read };
      tracks.set(key, t);
    }
    return t;
  }

  function closeBucket() {
    const slot = closed % capacity;
    for (const t of tracks.values()) {
      t.ring[slot] = t.read ? t.read() : t.current;
      t.current = 0;
    }
    closed++;
    nextBoundary += bucketMs;
  }

  return {
    bucketMs,
    counter(key) {
      const t = track(key);
      return (n = 1) => { t.current += n; };
    },
    gauge(key, read) { track(key, read); },
    advanceTo(nowMs) {
      while (nowMs >= nextBoundary) closeBucket();
    },
    read(key) {
      const t = tracks.get(key);
      const n = Math.min(closed, capacity);
      const out: number[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = t ? t.ring[(closed - n + i) % capacity] : 0;
      return out;
    },
    get nextBoundaryMs() { return nextBoundary; },
    get firstStartMs() { return Math.max(0, closed - capacity) * bucketMs; },
    get closedBuckets() { return closed; },
  };
}

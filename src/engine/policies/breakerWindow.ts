// The sliding windows a circuit breaker judges by: the last N results (count), the results of
// the last T ms in B buckets (time, whole buckets expire as in Hystrix and opossum), or the
// current run of consecutive failures.
import type { BreakerWindow } from './breakerPresets';

export type WindowStats = { calls: number; failures: number; slow: number };

export type SlidingWindow = {
  add(failed: boolean, slow: boolean, nowMs: number): void;
  stats(nowMs: number): WindowStats;
  reset(): void;
};

function countWindow(size: number): SlidingWindow {
  const failed = new Uint8Array(size);
  const slowCalls = new Uint8Array(size);
  let next = 0, filled = 0, failures = 0, slow = 0;
  return {
    add(f, s) {
      if (filled === size) { failures -= failed[next]; slow -= slowCalls[next]; } else filled++;
      failed[next] = f ? 1 : 0;
      slowCalls[next] = s ? 1 : 0;
      failures += failed[next];
      slow += slowCalls[next];
      next = (next + 1) % size;
    },
    stats: () => ({ calls: filled, failures, slow }),
    reset() { failed.fill(0); slowCalls.fill(0); next = filled = failures = slow = 0; },
  };
}

function timeWindow(ms: number, buckets: number): SlidingWindow {
  const width = ms / buckets;
  const calls = new Float64Array(buckets), failures = new Float64Array(buckets), slow = new Float64Array(buckets);
  const bucketIndex = new Float64Array(buckets).fill(-1); // which absolute bucket each slot holds
  const slotFor = (nowMs: number) => {
    const abs = Math.floor(nowMs / width);
    const slot = abs % buckets;
    if (bucketIndex[slot] !== abs) { bucketIndex[slot] = abs; calls[slot] = failures[slot] = slow[slot] = 0; }
    return slot;
  };
  return {
    add(f, s, nowMs) {
      const slot = slotFor(nowMs);
      calls[slot]++;
      if (f) failures[slot]++;
      if (s) slow[slot]++;
    },
    stats(nowMs) {
      const abs = Math.floor(nowMs / width);
      const out = { calls: 0, failures: 0, slow: 0 };
      for (let i = 0; i < buckets; i++) {
        if (bucketIndex[i] <= abs - buckets || bucketIndex[i] < 0) continue; // expired
        out.calls += calls[i]; out.failures += failures[i]; out.slow += slow[i];
      }
      return out;
    },
    reset() { calls.fill(0); failures.fill(0); slow.fill(0); bucketIndex.fill(-1); },
  };
}

function consecutiveWindow(): SlidingWindow {
  let run = 0;
  return {
    add(f) { run = f ? run + 1 : 0; },
    stats: () => ({ calls: run, failures: run, slow: 0 }),
    reset() { run = 0; },
  };
}

export function createWindow(w: BreakerWindow): SlidingWindow {
  switch (w.type) {
    case 'count': return countWindow(w.size);
    case 'time': return timeWindow(w.ms, w.buckets);
    case 'consecutive': return consecutiveWindow();
  }
}

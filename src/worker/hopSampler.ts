// Keeps at most `cap` hops per frame, a uniform sample of all of them (reservoir sampling,
// Vitter's algorithm R), so a heavy frame thins out evenly over its whole time span instead
// of showing only its first milliseconds. The rest are counted in `dropped`.
import type { Hop } from '../engine/api';

export type HopSampler = {
  add(hop: Hop): void;
  /** Returns the sample and the number left out, and starts a new frame. */
  take(): { hops: Hop[]; dropped: number };
  /** Applies from the next hop on; the page sends it with every `advance`. */
  setCap(cap: number): void;
};

/** `random` returns [0, 1); injected so tests are exact. The picture need not be reproducible. */
export function createHopSampler(random: () => number = Math.random, initialCap = 2000): HopSampler {
  let cap = initialCap;
  let seen = 0;
  let kept: Hop[] = [];
  return {
    setCap(c) { cap = Math.max(0, Math.floor(c)); },
    add(hop) {
      seen++;
      if (kept.length < cap) { kept.push(hop); return; }
      const j = Math.floor(random() * seen);
      if (j < cap) kept[j] = hop;
    },
    take() {
      const out = { hops: kept, dropped: seen - kept.length };
      kept = [];
      seen = 0;
      return out;
    },
  };
}

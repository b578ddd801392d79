// Backoff with jitter (SEMANTICS.md "Retries"; the AWS Architecture Blog's "Exponential Backoff
// and Jitter"). Retry n (1 for the first retry) waits d = min(cap, base × multiplier^(n−1)), then:
// none d · full U(0, d) · equal d/2 + U(0, d/2) · decorrelated min(cap, U(base, previous × 3))
// · additive d + U(0, base).
import type { Rng } from '../core/rng';
import type { RetrySettings } from './retryPolicy';

export function baseDelayMs(retry: number, s: Pick<RetrySettings, 'backoff' | 'baseMs' | 'capMs' | 'multiplier'>): number {
  switch (s.backoff) {
    case 'none': return 0;
    case 'constant': return Math.min(s.capMs, s.baseMs);
    case 'exponential': return Math.min(s.capMs, s.baseMs * Math.pow(s.multiplier, retry - 1));
  }
}

/**
 * The wait before retry `retry`. `previousMs` is the wait before the previous retry (decorrelated
 * jitter grows from it; pass baseMs before the first retry).
 */
export function backoffMs(retry: number, s: RetrySettings, rng: Rng, previousMs: number): number {
  const d = baseDelayMs(retry, s);
  switch (s.jitter) {
    case 'none': return d;
    case 'full': return rng.next() * d;
    case 'equal': return d / 2 + rng.next() * (d / 2);
    case 'additive': return d + rng.next() * s.baseMs;
    case 'decorrelated': {
      if (s.backoff === 'none') return 0;
      const hi = Math.max(s.baseMs, previousMs * 3);
      return Math.min(s.capMs, s.baseMs + rng.next() * (hi - s.baseMs));
    }
  }
}

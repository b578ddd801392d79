import { describe, expect, it } from 'vitest';
import { resolveQueue, retryDelayMs, sidekiqDelayMs } from './queuePolicy';
import { createRng } from '../core/rng';

describe('queue retry delays', () => {
  it('BullMQ exponential: delay 1000 gives 1 s, 2 s, 4 s', () => {
    const s = resolveQueue({ preset: 'bullmq', retryDelay: { baseMs: 1000 } });
    const rng = createRng(1);
    expect([1, 2, 3].map((k) => retryDelayMs(s, k, rng, 0))).toEqual([1000, 2000, 4000]);
    expect(s).toMatchObject({ visibilityTimeoutMs: 30_000, maxStalls: 1 });
  });

  it('Sidekiq: retry n waits n⁴ + 15 + U(0, 10(n+1)) seconds, 25 retries', () => {
    const rng = createRng(2).fork('s');
    for (const n of [0, 1, 2, 5, 24]) {
      const xs = Array.from({ length: 4000 }, () => sidekiqDelayMs(n, rng));
      const lo = (n ** 4 + 15) * 1000, hi = lo + 10 * (n + 1) * 1000;
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(lo);
      expect(Math.max(...xs)).toBeLessThanOrEqual(hi);
      expect(Math.abs(xs.reduce((a, b) => a + b, 0) / xs.length - (lo + hi) / 2)).toBeLessThan(0.03 * (hi - lo) + 1);
    }
    expect(resolveQueue({ preset: 'sidekiq' }).maxReceiveCount).toBe(26);
  });

  it('SQS: 30 s visibility, 5 receives by default, no delay unless retryDelay is set', () => {
    expect(resolveQueue({ preset: 'sqs' })).toMatchObject({ visibilityTimeoutMs: 30_000, maxReceiveCount: 5, retryDelay: { kind: 'none' } });
  });
});

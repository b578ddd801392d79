import { describe, expect, it } from 'vitest';
import { backoffMs, baseDelayMs } from './backoff';
import { resolveRetry, RETRY_PRESETS } from './retryPolicy';
import { createRetryBudget } from './retryBudget';
import { createRng } from '../core/rng';

const draws = (n: number, f: () => number) => Array.from({ length: n }, f);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('backoff formulas', () => {
  const s = resolveRetry({ baseMs: 100, capMs: 1000, multiplier: 2 });

  it('exponential base delay doubles and stops at the cap; constant and none', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => baseDelayMs(n, s))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(baseDelayMs(5, { ...s, backoff: 'constant' })).toBe(100);
    expect(baseDelayMs(5, { ...s, backoff: 'none' })).toBe(0);
  });

  it.each([
    ['none', 400, 400, 400],
    ['full', 0, 400, 200],
    ['equal', 200, 400, 300],
    ['additive', 400, 500, 450],
  ] as const)('%s jitter on retry 3 (d = 400 ms) stays in [%i, %i] with mean %i', (jitter, lo, hi, m) => {
    const rng = createRng(5).fork(jitter);
    const xs = draws(40_000, () => backoffMs(3, { ...s, jitter }, rng, 0));
    expect(Math.min(...xs.slice(0, 5000))).toBeGreaterThanOrEqual(lo);
    expect(Math.max(...xs.slice(0, 5000))).toBeLessThanOrEqual(hi);
    expect(Math.abs(mean(xs) - m)).toBeLessThan(Math.max(2, m * 0.01));
  });

  it('decorrelated jitter draws from [base, previous × 3], capped, so it depends on the previous delay', () => {
    const d = { ...s, jitter: 'decorrelated' as const };
    const rng = createRng(6).fork('d');
    const afterSmall = draws(20_000, () => backoffMs(2, d, rng, 100));
    const afterLarge = draws(20_000, () => backoffMs(2, d, rng, 300));
    expect(Math.min(...afterSmall.slice(0, 5000))).toBeGreaterThanOrEqual(100);
    expect(Math.max(...afterSmall.slice(0, 5000))).toBeLessThanOrEqual(300);
    expect(Math.abs(mean(afterSmall) - 200)).toBeLessThan(3);
    expect(Math.abs(mean(afterLarge) - 500)).toBeLessThan(6); // U(100, 900)
    expect(Math.max(...draws(5000, () => backoffMs(9, d, rng, 5000)))).toBeLessThanOrEqual(1000);
  });
});

describe('retry presets', () => {
  it('carry the SDK and proxy defaults', () => {
    expect(RETRY_PRESETS['aws-sdk']).toMatchObject({ maxAttempts: 3, backoff: 'exponential', baseMs: 100, capMs: 20_000, jitter: 'full', budget: { kind: 'token-bucket', capacity: 500 } });
    expect(RETRY_PRESETS.envoy).toMatchObject({ maxAttempts: 2, baseMs: 25, capMs: 250, jitter: 'full', budget: { kind: 'ratio', percent: 20 } });
    expect(RETRY_PRESETS.article).toMatchObject({ maxAttempts: 4, baseMs: 100, backoff: 'exponential', jitter: 'additive' });
    expect(RETRY_PRESETS.naive).toMatchObject({ maxAttempts: 4, backoff: 'none' });
    expect(resolveRetry({})).toMatchObject({ maxAttempts: 3, backoff: 'exponential', baseMs: 100, capMs: 10_000, multiplier: 2, jitter: 'full', budget: null });
  });
});

describe('retry budgets', () => {
  it('token bucket: 100 ordinary failed retries empty 500 tokens; a timeout costs 10; a success refills', () => {
    const b = createRetryBudget({ kind: 'token-bucket', capacity: 500, retryCost: 5, timeoutCost: 10, successRefill: 1 });
    for (let i = 0; i < 100; i++) expect(b.tryRetry(false, i)).toBe(true);
    expect(b.level).toBe(0);
    expect(b.tryRetry(false, 101)).toBe(false);
    b.success(0);
    expect(b.level).toBe(1);
    b.success(5); // a request whose retry succeeded gets that retry's cost back
    expect(b.level).toBe(6);
    expect(b.tryRetry(true, 102)).toBe(false); // a retry after a timeout needs 10
    expect(b.tryRetry(false, 103)).toBe(true);
    expect(b.denied).toBe(2);
  });

  it('ratio: retries stay within percent of recent requests plus the per-second reserve', () => {
    const b = createRetryBudget({ kind: 'ratio', percent: 20, minPerSec: 1 });
    for (let t = 0; t < 10_000; t += 10) b.request(t); // 1000 requests in 10 s
    let allowed = 0;
    for (let i = 0; i < 1000; i++) if (b.tryRetry(false, 9_999)) allowed++;
    expect(allowed).toBe(210); // 20 % of 1000 + 1/s × 10 s
    // a minute later the window has emptied and only the reserve is left
    let later = 0;
    for (let i = 0; i < 100; i++) if (b.tryRetry(false, 70_000)) later++;
    expect(later).toBe(10);
  });
});

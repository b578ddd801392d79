import { describe, expect, it } from 'vitest';
import { createBreaker, isFailure, type Breaker } from './circuitBreaker';
import { BREAKER_PRESETS, resolveBreaker, type BreakerPolicyInput } from './breakerPresets';

const breaker = (p: BreakerPolicyInput) => createBreaker(resolveBreaker(p));

/** Makes one call at `at` that ends at once; returns false if it was rejected. */
function call(b: Breaker, failed: boolean, at: number): boolean {
  const permit = b.allow(at);
  if (!permit) return false;
  b.record(permit, failed, at);
  return true;
}
const path = (b: Breaker) => b.transitions.map((t) => t.to);

describe('breaker presets carry the libraries\' defaults', () => {
  it('matches the table of SEMANTICS.md', () => {
    expect(BREAKER_PRESETS.opossum).toMatchObject({ window: { type: 'time', ms: 10_000, buckets: 10 }, failureRatePercent: 50, openWhen: 'above', minimumCalls: 0, openMs: 30_000, halfOpenOn: 'timer', halfOpenProbes: 1 });
    expect(BREAKER_PRESETS.resilience4j).toMatchObject({ window: { type: 'count', size: 100 }, openWhen: 'at-or-above', minimumCalls: 100, openMs: 60_000, halfOpenOn: 'next-call', halfOpenProbes: 10 });
    expect(BREAKER_PRESETS.polly).toMatchObject({ window: { type: 'time', ms: 30_000 }, failureRatePercent: 10, minimumCalls: 100, openMs: 5000, halfOpenProbes: 1 });
    expect(BREAKER_PRESETS.hystrix).toMatchObject({ window: { type: 'time', ms: 10_000, buckets: 10 }, minimumCalls: 20, failureRatePercent: 50, openMs: 5000, integerPercent: true });
    expect(BREAKER_PRESETS.article).toMatchObject({ window: { type: 'consecutive', failures: 5 }, openMs: 30_000, halfOpenProbes: 'unlimited' });
  });

  it('fields beside a preset win; without a preset opossum fills in', () => {
    expect(resolveBreaker({ preset: 'hystrix', openMs: 1000 }).openMs).toBe(1000);
    expect(resolveBreaker({ minimumCalls: 3 })).toMatchObject({ minimumCalls: 3, openWhen: 'above', openMs: 30_000 });
  });
});

describe('opening at the boundary (SEMANTICS.md vectors)', () => {
  it('10 failures then 10 successes with minimum 20: resilience4j (≥ 50 %) opens on the 20th call, opossum (> 50 %) does not', () => {
    const r4j = breaker({ preset: 'resilience4j', minimumCalls: 20 });
    const opossum = breaker({ preset: 'opossum', minimumCalls: 20 });
    for (let i = 0; i < 20; i++) {
      const failed = i < 10;
      call(r4j, failed, i);
      call(opossum, failed, i);
      if (i === 18) expect(r4j.state).toBe('closed');
    }
    expect(r4j.state).toBe('open');
    expect(r4j.transitions[0].atMs).toBe(19);
    expect(opossum.state).toBe('closed');
  });

  it('a count window of 5 with minimum 10 opens at 5 calls: the minimum is capped at the window', () => {
    const b = breaker({ window: { type: 'count', size: 5 }, minimumCalls: 10, failureRatePercent: 50, openWhen: 'at-or-above' });
    for (let i = 0; i < 4; i++) call(b, true, i);
    expect(b.state).toBe('closed');
    call(b, true, 4);
    expect(b.state).toBe('open');
  });

  it('a 2 s time window with minimum 100 never opens under 50 calls/s, even if every call fails', () => {
    const b = breaker({ window: { type: 'time', ms: 2000, buckets: 10 }, minimumCalls: 100, failureRatePercent: 50 });
    for (let t = 0; t < 60_000; t += 1000 / 49) call(b, true, t);
    expect(b.state).toBe('closed');
    const faster = breaker({ window: { type: 'time', ms: 2000, buckets: 10 }, minimumCalls: 100, failureRatePercent: 50 });
    for (let t = 0; t < 5000; t += 1000 / 60) call(faster, true, t);
    expect(faster.state).toBe('open');
  });

  it('hystrix compares an integer percentage: 49.9 % counts as 49, below a 49.5 % threshold', () => {
    // Only the truncation tells these two apart: both open at or above the threshold.
    const window = { type: 'count' as const, size: 1000 };
    const hystrix = breaker({ preset: 'hystrix', minimumCalls: 1000, window, failureRatePercent: 49.5 });
    const exact = breaker({ preset: 'resilience4j', minimumCalls: 1000, window, failureRatePercent: 49.5 });
    for (let i = 0; i < 1000; i++) {
      call(hystrix, i < 499, i);
      call(exact, i < 499, i);
    }
    expect(hystrix.state).toBe('closed');
    expect(exact.state).toBe('open');
  });

  it('the article breaker opens on the fifth failure in a row; a success resets the run', () => {
    const b = breaker({ preset: 'article' });
    [true, true, true, true, false, true, true, true, true].forEach((f, i) => call(b, f, i));
    expect(b.state).toBe('closed');
    call(b, true, 10);
    expect(b.state).toBe('open');
  });

  it('counts timeouts (and every other non-ok outcome) as failures', () => {
    expect(isFailure('timeout')).toBe(true);
    expect(isFailure('shed')).toBe(true);
    expect(isFailure('ok')).toBe(false);
  });
});

describe('open and half-open', () => {
  it('rejects while open; opossum half-opens on its timer and lets one trial through', () => {
    const b = breaker({ preset: 'opossum' });
    call(b, true, 0); // 1 of 1 failed > 50 %, volume threshold 0
    expect(b.state).toBe('open');
    expect(call(b, false, 100)).toBe(false);
    expect(b.timerAtMs).toBe(30_000);
    b.tick(30_000);
    expect(b.state).toBe('half-open');
    const trial = b.allow(30_001)!;
    expect(trial).not.toBeNull();
    expect(b.allow(30_002)).toBeNull();
    b.record(trial, false, 30_050);
    expect(path(b)).toEqual(['open', 'half-open', 'closed']);
    expect(b.rejected).toBe(2);
  });

  it('resilience4j half-opens on the next call after 60 s, allows 10 trials and decides on their rate', () => {
    const b = breaker({ preset: 'resilience4j' });
    for (let i = 0; i < 100; i++) call(b, true, i);
    expect(b.state).toBe('open');
    expect(b.allow(59_000)).toBeNull();
    const permits = Array.from({ length: 10 }, () => b.allow(60_100)!);
    expect(permits.every(Boolean)).toBe(true);
    expect(b.allow(60_100)).toBeNull(); // the 11th is rejected
    permits.slice(0, 5).forEach((p) => b.record(p, true, 60_200));
    expect(b.state).toBe('half-open');
    permits.slice(5).forEach((p) => b.record(p, false, 60_200));
    expect(b.state).toBe('open'); // 5 of 10 failed: 50 % ≥ 50 %
  });

  it('the article breaker lets every call through in half-open, and the first answer decides', () => {
    const b = breaker({ preset: 'article' });
    for (let i = 0; i < 5; i++) call(b, true, i);
    const flood = Array.from({ length: 50 }, () => b.allow(40_000));
    expect(flood.every(Boolean)).toBe(true);
    b.record(flood[0]!, false, 40_010);
    expect(b.state).toBe('closed');
    b.record(flood[1]!, true, 40_020); // a straggler from half-open: ignored
    expect(b.ignored).toBe(1);
  });

  it('results of calls in flight when it opened are recorded but never move it', () => {
    const b = breaker({ preset: 'article' });
    const inFlight = Array.from({ length: 10 }, () => b.allow(0)!);
    for (let i = 0; i < 5; i++) call(b, true, 1 + i);
    expect(b.state).toBe('open');
    inFlight.forEach((p) => b.record(p, false, 10)); // successes that would close it
    expect(b.state).toBe('open');
    expect(b.ignored).toBe(10);
  });

  it('slow calls open a breaker with a slow-call threshold', () => {
    const b = breaker({ preset: 'resilience4j', minimumCalls: 10, slowCallMs: 1000, slowCallRatePercent: 50 });
    for (let i = 0; i < 10; i++) {
      const p = b.allow(i * 10_000)!;
      b.record(p, false, i * 10_000 + 1500);
    }
    expect(b.state).toBe('open');
  });
});

// The engine against queueing theory (SEMANTICS.md table). Each row runs REPLICATIONS independent
// seeds of ~REQUESTS requests with the first WARMUP_FRACTION discarded, and compares the mean of
// the replications' mean queue waits with the exact value.
//
// Tolerance: the replications give a standard error; we require |mean − Wq| ≤ 4 standard errors
// (a correct engine fails that about once in 16,000 rows) AND a relative error of at most 6 %, so
// a bias of a few percent — e.g. a server that serves one request too few at a time — still fails
// even when the run is noisy. Near saturation (ρ = 0.9) waits are strongly autocorrelated, which
// is why we use independent replications rather than one long run's sample variance.
import { describe, expect, it } from 'vitest';
import { simOf } from '../testing/build';
import type { ServerSummary } from '../metrics/summaryTypes';
import type { Distribution } from '../scenario/shapes';

const REPLICATIONS = 4;
const REQUESTS = 150_000;
const WARMUP_FRACTION = 0.05;

// Each row draws from its own seeds: with shared seeds the rows' errors are correlated (the
// same uniform draws feed every row) and would all lean the same way.
function measure(lambdaPerMs: number, c: number, service: Distribution, firstSeed: number) {
  const durationMs = REQUESTS / lambdaPerMs;
  const waits: number[] = [];
  const responses: number[] = [];
  for (let seed = firstSeed; seed < firstSeed + REPLICATIONS; seed++) {
    const sim = simOf({
      seed, durationMs, network: { latencyMs: 0 },
      nodes: [
        { id: 'users', kind: 'client', target: 's1', arrivals: { process: 'poisson', ratePerSec: lambdaPerMs * 1000 } },
        { id: 's1', kind: 'server', concurrency: c, serviceTime: service },
      ],
    }, { warmupMs: durationMs * WARMUP_FRACTION });
    sim.runUntil(durationMs);
    const s1 = sim.summary().nodes.s1 as ServerSummary;
    waits.push(s1.meanQueueWaitMs);
    responses.push(s1.meanResponseMs);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const m = mean(waits);
  const se = Math.sqrt(waits.reduce((a, w) => a + (w - m) ** 2, 0) / (waits.length - 1) / waits.length);
  return { wq: m, se, w: mean(responses) };
}

const exponential1: Distribution = { dist: 'exponential', meanMs: 1 };

describe('queueing theory', () => {
  it.each([
    [0.5, 1, 1.0, 2.0],
    [0.8, 1, 4.0, 5.0],
    [0.9, 1, 9.0, 10.0],
    [1.5, 2, 1.285714, 2.285714],
    [2.4, 3, 1.078652, 2.078652],
    [4.0, 5, 0.554113, 1.554113],
    [9.0, 10, 0.668732, 1.668732],
  ])('M/M/c with λ=%s per ms, c=%s: Wq %s ms, W %s ms', (lambda, c, wq, w) => {
    const got = measure(lambda, c, exponential1, Math.round(lambda * 1000) + c);
    expect(Math.abs(got.wq - wq)).toBeLessThanOrEqual(4 * got.se + 1e-9);
    expect(Math.abs(got.wq - wq) / wq).toBeLessThan(0.06);
    expect(Math.abs(got.w - w) / w).toBeLessThan(0.04);
  });

  it('M/D/1 with λ=0.8 per ms and constant 1 ms service: Wq 2.0 ms, W 3.0 ms', () => {
    const got = measure(0.8, 1, { dist: 'constant', ms: 1 }, 77);
    expect(Math.abs(got.wq - 2.0)).toBeLessThanOrEqual(4 * got.se + 1e-9);
    expect(Math.abs(got.wq - 2.0) / 2.0).toBeLessThan(0.06);
    expect(Math.abs(got.w - 3.0) / 3.0).toBeLessThan(0.04);
  });
});

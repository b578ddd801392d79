import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { createSampler, meanOf } from './distributions';
import type { Distribution } from '../scenario/shapes';

function sample(dist: Distribution, n = 200_000): number[] {
  const s = createSampler(dist, createRng(42).fork('d'));
  return Array.from({ length: n }, s);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)];

describe('distributions', () => {
  it('constant is always its value', () => {
    expect(new Set(sample({ dist: 'constant', ms: 50 }, 100))).toEqual(new Set([50]));
  });

  it('exponential has the given mean and a standard deviation equal to it', () => {
    const xs = sample({ dist: 'exponential', meanMs: 40 });
    const m = mean(xs);
    expect(m).toBeGreaterThan(40 * 0.99);
    expect(m).toBeLessThan(40 * 1.01);
    const sd = Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    expect(Math.abs(sd - 40) / 40).toBeLessThan(0.02);
  });

  it('uniform stays in its range with the middle as mean', () => {
    const xs = sample({ dist: 'uniform', minMs: 10, maxMs: 90 });
    expect(xs.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(10);
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThan(90);
    expect(Math.abs(mean(xs) - 50)).toBeLessThan(0.3);
  });

  it('lognormal hits its median and p99, and its mean is median·e^(σ²/2)', () => {
    const dist: Distribution = { dist: 'lognormal', medianMs: 40, p99Ms: 400 };
    const xs = sample(dist);
    expect(Math.abs(quantile(xs, 0.5) - 40) / 40).toBeLessThan(0.02);
    expect(Math.abs(quantile(xs, 0.99) - 400) / 400).toBeLessThan(0.05);
    expect(Math.abs(mean(xs) - meanOf(dist)) / meanOf(dist)).toBeLessThan(0.03);
  });
});

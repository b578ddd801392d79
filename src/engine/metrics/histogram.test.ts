import { describe, expect, it } from 'vitest';
import { createHistogram } from './histogram';
import { createRng } from '../core/rng';

function exact(sorted: number[], q: number) {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

describe('latency histogram', () => {
  it('reports p50/p95/p99 within 1 % of the exact nearest-rank values', () => {
    const rng = createRng(9).fork('h');
    for (const scale of [0.5, 40, 3000]) {
      const h = createHistogram();
      const xs = Array.from({ length: 50_000 }, () => scale * Math.exp(1.2 * Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next())));
      xs.forEach((x) => h.record(x));
      const sorted = [...xs].sort((a, b) => a - b);
      for (const q of [0.5, 0.95, 0.99]) {
        const want = exact(sorted, q);
        expect(Math.abs(h.percentile(q) - want) / want).toBeLessThan(0.01);
      }
      expect(h.max).toBe(sorted[sorted.length - 1]);
      expect(h.mean).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 6);
    }
  });

  it('is empty after reset and answers 0 when empty', () => {
    const h = createHistogram();
    h.record(5);
    h.reset();
    expect(h.count).toBe(0);
    expect(h.percentile(0.99)).toBe(0);
  });
});

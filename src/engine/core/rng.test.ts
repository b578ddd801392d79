import { describe, expect, it } from 'vitest';
import { createRng } from './rng';

const draws = (next: () => number, n: number) => Array.from({ length: n }, next);

describe('seeded rng', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    expect(draws(createRng(7).next, 20)).toEqual(draws(createRng(7).next, 20));
    expect(draws(createRng(7).next, 20)).not.toEqual(draws(createRng(8).next, 20));
  });

  it('gives named streams that do not disturb each other', () => {
    const a = createRng(1);
    const alone = draws(a.fork('server-a').next, 10);
    const b = createRng(1);
    const other = b.fork('server-b');
    draws(other.next, 1000); // a busy neighbour
    expect(draws(b.fork('server-a').next, 10)).toEqual(alone);
    expect(draws(createRng(1).fork('server-b').next, 10)).not.toEqual(alone);
  });

  it('is uniform on [0, 1): mean 1/2, variance 1/12, no value outside', () => {
    const r = createRng(3).fork('u');
    const xs = draws(r.next, 200_000);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(xs.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(0);
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThan(1);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });
});

import { describe, expect, it } from 'vitest';
import { createSources } from './sources';
import { createRng } from '../core/rng';

describe('client sources', () => {
  it('are uniform with zipf 0 and skewed with zipf 1.2 (the top 1 % send over half)', () => {
    const uniform = createSources(0, 1000, 0, createRng(1).fork('s'));
    const skewed = createSources(0, 1000, 1.2, createRng(1).fork('s'));
    const top10 = (s: ReturnType<typeof createSources>) => {
      let hits = 0;
      for (let i = 0; i < 50_000; i++) if (s.pick() < 10) hits++;
      return hits / 50_000;
    };
    expect(top10(uniform)).toBeCloseTo(0.01, 2);
    expect(top10(skewed)).toBeGreaterThan(0.5);
  });

  it('give 16 neighbouring sources one /24 and distinct addresses', () => {
    const s = createSources(2, 100, 0, createRng(1));
    expect(s.address(0)).toEqual([12, 0, 0, 1]);
    expect(s.address(15).slice(0, 3)).toEqual([12, 0, 0]);
    expect(s.address(16)).toEqual([12, 0, 1, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { availabilityOf } from './availability';

describe('availability (SEMANTICS.md)', () => {
  it('turns a ratio into nines and downtime per year: 99.9 % ≈ 8.77 h, 99.99 % ≈ 52.6 min, 99.999 % ≈ 5.26 min', () => {
    const three = availabilityOf(999, 1000);
    expect(three.ratio).toBeCloseTo(0.999, 12);
    expect(three.nines).toBeCloseTo(3, 9);
    expect(three.downtimePerYearHours).toBeCloseTo(8.766, 6);
    expect(availabilityOf(9999, 10_000).downtimePerYearHours * 60).toBeCloseTo(52.596, 3);
    expect(availabilityOf(99_999, 100_000).downtimePerYearHours * 60).toBeCloseTo(5.2596, 3);
    expect(availabilityOf(99_999, 100_000).nines).toBeCloseTo(5, 6);
  });

  it('half the requests failing is about 0.3 nines and half a year down; a perfect run has no finite nines', () => {
    const half = availabilityOf(50, 100);
    expect(half.nines).toBeCloseTo(Math.log10(2), 12);
    expect(half.downtimePerYearHours).toBe(4383);
    expect(availabilityOf(10, 10)).toEqual({ ratio: 1, nines: null, downtimePerYearHours: 0 });
    expect(availabilityOf(0, 0).ratio).toBe(1); // nothing finished yet: nothing failed
  });
});

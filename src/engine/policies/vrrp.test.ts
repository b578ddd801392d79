import { describe, expect, it } from 'vitest';
import { masterDownIntervalMs, skewMs } from './vrrp';

describe('VRRP master-down interval (SEMANTICS.md vectors)', () => {
  it.each([[100, 3609.375], [200, 3218.75], [254, 3007.8125]])('priority %i with a 1 s advert: %f ms', (priority, ms) => {
    expect(masterDownIntervalMs(priority, 1000)).toBeCloseTo(ms, 6);
  });
  it('a master that leaves cleanly (priority 0 advert) is replaced after the skew alone', () => {
    expect(skewMs(100, 1000)).toBeCloseTo(609.375, 6);
  });
});

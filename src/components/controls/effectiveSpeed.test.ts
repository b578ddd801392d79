import { describe, expect, it } from 'vitest';
import { addSample, effectiveSpeed, isBehind, type Sample } from './effectiveSpeed';

describe('effective speed', () => {
  it('measures simulated per wall time over the last six seconds', () => {
    let s: Sample[] = [];
    for (let t = 0; t <= 9000; t += 100) s = addSample(s, { wallMs: t, simMs: t * 0.05 });
    expect(effectiveSpeed(s)).toBeCloseTo(0.05, 6);
    expect(s[0].wallMs).toBe(3000);
    expect(isBehind(effectiveSpeed(s), 10)).toBe(true);
    expect(isBehind(effectiveSpeed(s), 0.05)).toBe(false);
  });

  it('says nothing until a second has passed, and forgets a jump back in time', () => {
    expect(effectiveSpeed([{ wallMs: 0, simMs: 0 }, { wallMs: 500, simMs: 500 }])).toBeNull();
    const s = addSample([{ wallMs: 0, simMs: 9000 }], { wallMs: 100, simMs: 10 });
    expect(s).toEqual([{ wallMs: 100, simMs: 10 }]);
  });
});

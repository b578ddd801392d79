import { describe, expect, it } from 'vitest';
import { formatSpeed, sliderToSpeed, speedToSlider, SLIDER_STEPS } from './speedScale';

describe('speed slider scale', () => {
  it('spans 0.1× to 50×', () => {
    expect(sliderToSpeed(0)).toBe(0.1);
    expect(sliderToSpeed(SLIDER_STEPS)).toBe(50);
  });

  it('round-trips round speeds', () => {
    for (const s of [0.1, 0.5, 1, 2, 10, 25, 50]) expect(sliderToSpeed(speedToSlider(s))).toBe(s);
  });

  it('is logarithmic: 1× sits at log(10)/log(500) of the way', () => {
    expect(speedToSlider(1)).toBe(Math.round((Math.log(10) / Math.log(500)) * SLIDER_STEPS));
  });

  it('formats', () => {
    expect([formatSpeed(0.1), formatSpeed(0.25), formatSpeed(1), formatSpeed(2.5), formatSpeed(12)])
      .toEqual(['0.1×', '0.25×', '1×', '2.5×', '12×']);
  });
});

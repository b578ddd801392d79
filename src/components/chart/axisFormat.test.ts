import { expect, it } from 'vitest';
import { tickLabel } from './axisFormat';

it('keeps small ticks as they are and shortens large ones to fit the margin', () => {
  expect([0, 5, 0.5, 9999, 10_000, 250_000, 1_000_000, 2_500_000].map(tickLabel))
    .toEqual(['0', '5', '0.5', '9999', '10K', '250K', '1M', '2.5M']);
  expect(tickLabel(0.1 + 0.2)).toBe('0.3');
});

import { describe, expect, it } from 'vitest';
import { seekKeyTarget } from './scrubState';

describe('scrubber keys', () => {
  it('steps a second, ten with Shift, and stays within 0 and the furthest time', () => {
    expect(seekKeyTarget('ArrowLeft', false, 5_000, 9_000)).toBe(4_000);
    expect(seekKeyTarget('ArrowRight', true, 5_000, 9_000)).toBe(9_000);
    expect(seekKeyTarget('ArrowLeft', true, 5_000, 9_000)).toBe(0);
    expect([seekKeyTarget('Home', false, 5_000, 9_000), seekKeyTarget('End', false, 5_000, 9_000)]).toEqual([0, 9_000]);
    expect(seekKeyTarget('a', false, 5_000, 9_000)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createAffinityCache } from './affinityCache';

describe('affinity cache', () => {
  it('keeps the most recently seen clients up to its capacity', () => {
    const c = createAffinityCache(2);
    expect([c.touch(1), c.touch(2), c.touch(1), c.touch(3), c.touch(2), c.touch(1)]).toEqual([false, false, true, false, false, false]);
    // 3 evicted 2 (least recent), then 2 evicted 1, then 1 evicted 3
    expect(c.touch(2)).toBe(true);
    expect([c.hits, c.misses]).toEqual([2, 5]);
    c.clear();
    expect(c.touch(2)).toBe(false);
  });
});

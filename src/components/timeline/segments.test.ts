import { describe, expect, it } from 'vitest';
import { stretches } from './segments';

describe('stretches', () => {
  it('starts with the state in force at the window start and splits at each change', () => {
    const h = [{ atMs: 5, state: 'open' }, { atMs: 15, state: 'half-open' }, { atMs: 16, state: 'closed' }];
    expect(stretches(h, 'closed', 10, 20)).toEqual([
      { from: 10, to: 15, state: 'open' }, { from: 15, to: 16, state: 'half-open' }, { from: 16, to: 20, state: 'closed' },
    ]);
  });

  it('ignores repeats and changes after the window', () => {
    expect(stretches([{ atMs: 3, state: 'a' }, { atMs: 4, state: 'a' }, { atMs: 50, state: 'b' }], 'a', 0, 10))
      .toEqual([{ from: 0, to: 10, state: 'a' }]);
  });
});

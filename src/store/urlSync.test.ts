import { describe, expect, it } from 'vitest';
import { urlFor } from './urlSync';

describe('the address follows the chosen lesson or example', () => {
  it('replaces lesson/scenario and keeps the other parameters', () => {
    expect(urlFor({ kind: 'lesson', id: 'fail-fast' }, '?scenario=three-servers&speed=10')).toBe('?speed=10&lesson=fail-fast');
    expect(urlFor({ kind: 'example', id: 'mm1' }, '?lesson=nines')).toBe('?scenario=mm1');
    expect(urlFor({ kind: 'file', name: 'x', scenario: {} }, '?lesson=nines')).toBeNull();
  });
});

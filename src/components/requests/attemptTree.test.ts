import { describe, expect, it } from 'vitest';
import type { AttemptTrace, RequestTrace } from '../../engine';
import { attemptRows, attemptsBySite, describeEnd, shortEnd } from './attemptTree';

const a = (id: number, parent: number | null, site: string, number: number): AttemptTrace =>
  ({ id, parent, site, number, startMs: id, endMs: id + 1, outcome: 'error' });

// users->a tried twice; the first try made two calls to b, the second one.
const trace: RequestTrace = {
  id: 1, client: 'users', route: '/', startMs: 0, endMs: 10, outcome: 'error',
  attempts: [a(1, null, 'users->a', 1), a(2, 1, 'a->b', 1), a(3, 1, 'a->b', 2), a(4, null, 'users->a', 2), a(5, 4, 'a->b', 1)],
};

describe('attempt tree', () => {
  it('lists each attempt under the one that made it, depth first, in sending order', () => {
    expect(attemptRows(trace).map((r) => `${'  '.repeat(r.depth)}${r.attempt.site}#${r.attempt.number}(${r.children})`)).toEqual([
      'users->a#1(2)', '  a->b#1(0)', '  a->b#2(0)', 'users->a#2(1)', '  a->b#1(0)',
    ]);
  });

  it('keeps an attempt whose parent was cut off, at the top', () => {
    const cut = { ...trace, attempts: [a(7, 99, 'b->c', 1)] };
    expect(attemptRows(cut)).toEqual([{ attempt: cut.attempts[0], depth: 0, children: 0 }]);
  });

  it('counts attempts and retries per call site', () => {
    expect(attemptsBySite(trace)).toEqual([{ site: 'users->a', attempts: 2, retries: 1 }, { site: 'a->b', attempts: 3, retries: 1 }]);
  });

  it('says how an attempt ended, or how long it has been out', () => {
    expect(describeEnd(100, 600, 'timeout', 0)).toBe('timed out after 500 ms');
    expect(describeEnd(100, 112, 'ok', 0)).toBe('ok in 12 ms');
    expect(describeEnd(100, null, null, 220)).toBe('still out (120 ms so far)');
    expect(describeEnd(0, 12_500, 'rejected', 0)).toBe('rejected by the breaker after 12.5 s');
    expect([shortEnd(0, 12, 'ok', 0), shortEnd(0, 500, 'timeout', 0), shortEnd(100, null, null, 220)]).toEqual(['✓ 12 ms', '✗ timeout 500 ms', '… 120 ms']);
  });
});

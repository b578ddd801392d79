import { describe, expect, it } from 'vitest';
import type { Hop } from '../../engine/api';
import { createLinkCounter } from './linkCounts';

const hop = (from: string, to: string, departMs: number, kind: Hop['kind'] = 'request', via?: string): Hop =>
  ({ from, to, departMs, arriveMs: departMs + 2, kind, attempt: 1, via });

describe('link counter', () => {
  it('counts requests of the last simulated second per link, not answers or checks', () => {
    const c = createLinkCounter();
    c.add([hop('lb', 's1', 100), hop('lb', 's1', 900), hop('lb', 's2', 950), hop('s1', 'lb', 950, 'response'), hop('lb', 's1', 960, 'probe')]);
    expect([...c.counts(1000)]).toEqual([['lb>s1', 2], ['lb>s2', 1]]);
    expect([...c.counts(1950)]).toEqual([]);
  });
  it('counts both legs through a virtual IP', () => {
    const c = createLinkCounter();
    c.add([hop('users', 'lb1', 10, 'request', 'vip')]);
    expect([...c.counts(500)]).toEqual([['users>vip', 1], ['vip>lb1', 1]]);
  });
  it('weighs hops of a thinned frame for the ones left out', () => {
    const c = createLinkCounter();
    c.add([hop('lb', 's1', 100), hop('lb', 's2', 200)], 4);
    expect([...c.counts(500)]).toEqual([['lb>s1', 4], ['lb>s2', 4]]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseStartParams, withRate } from './startParams';

describe('start parameters', () => {
  it('opens the first lesson by default', () => {
    expect(parseStartParams('')).toEqual({ source: { kind: 'lesson', id: 'redundancy' }, play: false,
      speed: undefined, seed: undefined, ratePerSec: undefined });
  });

  it('reads an example, a rate and a speed', () => {
    const p = parseStartParams('?scenario=three-servers&rate=1000&speed=10&seed=3&play=1');
    expect(p).toEqual({ source: { kind: 'example', id: 'three-servers' }, ratePerSec: 1000, speed: 10, seed: 3, play: true });
  });

  it('ignores nonsense numbers and says which and why', () => {
    const p = parseStartParams('?rate=-4&speed=abc&seed=1.5');
    expect([p.ratePerSec, p.speed, p.seed]).toEqual([undefined, undefined, undefined]);
    expect(p.ignored).toEqual([
      'speed=abc (speed runs from 0.1× to 50×)',
      'seed=1.5 (a seed is a whole number from 0 to 4294967295)',
      'rate=-4 (a rate is above 0 and at most 1,000,000 requests per second)',
    ]);
    expect(parseStartParams('?rate=1e308&speed=1e9').ignored).toHaveLength(2);
    expect(parseStartParams('?rate=1000000&speed=50&seed=0').ignored).toBeUndefined();
  });

  it('overrides open-loop clients only', () => {
    const s = { nodes: [
      { id: 'a', kind: 'client', arrivals: { process: 'constant', ratePerSec: 5 } },
      { id: 'b', kind: 'client' },
      { id: 'c', kind: 'client', arrivals: { process: 'closed', users: 3 } },
      { id: 's', kind: 'server' },
    ] };
    expect(withRate(s, 1000)).toEqual({ nodes: [
      { id: 'a', kind: 'client', arrivals: { process: 'constant', ratePerSec: 1000 } },
      { id: 'b', kind: 'client', arrivals: { process: 'poisson', ratePerSec: 1000 } },
      { id: 'c', kind: 'client', arrivals: { process: 'closed', users: 3 } },
      { id: 's', kind: 'server' },
    ] });
  });
});

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

  it('ignores nonsense numbers', () => {
    const p = parseStartParams('?rate=-4&speed=abc&seed=1.5');
    expect([p.ratePerSec, p.speed, p.seed]).toEqual([undefined, undefined, undefined]);
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

import { describe, expect, it } from 'vitest';
import { runSweepRequest } from './sweepHandler';
import { SWEEP_PROTOCOL_VERSION as v, type SweepAnswer } from './sweepProtocol';
import contention from '../../examples/contention.json';

describe('sweep handler', () => {
  it('runs every (value, series) point, reports progress in order, then done', () => {
    const out: SweepAnswer[] = [];
    runSweepRequest({
      v, type: 'run', id: 7, scenario: contention, path: 'nodes[0].arrivals.users', values: [5, 10], seeds: [1],
      series: [
        { id: 'full', sets: [] },
        { id: 'none', sets: [{ path: 'nodes[0].retry.backoff', value: 'none' }, { path: 'nodes[0].retry.jitter', value: 'none' }] },
      ],
    }, (a) => out.push(a));
    expect(out.map((a) => (a.type === 'point' ? `${a.series}@${String(a.value)} ${a.done}/${a.total}` : a.type))).toEqual([
      'full@5 1/4', 'none@5 2/4', 'full@10 3/4', 'none@10 4/4', 'done',
    ]);
    const points = out.filter((a) => a.type === 'point');
    // Every client finishes after one successful write, so requests = users.
    expect(points.map((p) => p.type === 'point' && p.metrics.requests)).toEqual([5, 5, 10, 10]);
  });

  it('answers failed with the problem when a value breaks the scenario', () => {
    const out: SweepAnswer[] = [];
    runSweepRequest({ v, type: 'run', id: 1, scenario: contention, path: 'nodes[0].arrivals.users', values: [0], seeds: [1], series: [{ id: 'a', sets: [] }] },
      (a) => out.push(a));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'failed', id: 1 });
    expect(out[0].type === 'failed' && out[0].message).toMatch(/users/);
  });
});

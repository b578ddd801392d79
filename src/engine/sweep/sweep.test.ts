import { describe, expect, it } from 'vitest';
import { parsePath, setPath } from './setPath';
import { rangeValues, runSweep } from './sweep';

describe('field paths', () => {
  it('parse the paths problems are reported with', () => {
    expect(parsePath('nodes[0].retry.baseMs')).toEqual(['nodes', 0, 'retry', 'baseMs']);
    expect(parsePath('nodes[1].routes["/search"].calls')).toEqual(['nodes', 1, 'routes', '/search', 'calls']);
    expect(parsePath('nodes..x')).toBeNull();
    expect(parsePath('')).toBeNull();
  });

  it('set a copy, creating missing objects, and leave the original alone', () => {
    const doc = { nodes: [{ id: 'c' }] };
    const out = setPath(doc, 'nodes[0].retry.jitter', 'full');
    expect(out).toEqual({ nodes: [{ id: 'c', retry: { jitter: 'full' } }] });
    expect(doc).toEqual({ nodes: [{ id: 'c' }] });
    expect(() => setPath(doc, 'nodes[0].id.x', 1)).toThrow(/is not an object/);
    expect(() => setPath(doc, 'nodes[99].foo', 1)).toThrow('nodes[99].foo: nodes has 1 entries (indices 0 to 0); 99 is past the end');
    expect(setPath(doc, 'nodes[1]', { id: 'd' }).nodes).toHaveLength(2); // appending is fine
  });
});

describe('sweeps', () => {
  it('make inclusive ranges without float drift', () => {
    expect(rangeValues(0.1, 0.5, 0.1)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(rangeValues(10, 100, 45)).toEqual([10, 55, 100]);
    expect(rangeValues(5, 1, 1)).toEqual([]);
  });

  it('run every point with every seed and report progress; more clients make more calls', () => {
    const input = {
      format: 'resilience-playground/scenario@1', durationMs: 120_000, network: { latencyMs: 10, jitterMs: 2 },
      nodes: [
        { id: 'c', kind: 'client', target: 'db', arrivals: { process: 'closed', users: 10, requestsPerUser: 1 },
          retry: { maxAttempts: 100, baseMs: 5, capMs: 2000, jitter: 'full' } },
        { id: 'db', kind: 'database', concurrency: 1000, writeFraction: 1, serviceTime: { dist: 'constant', ms: 0 }, conflicts: { mode: 'optimistic', rows: 1 } },
      ],
    };
    const progress: number[] = [];
    const rows = runSweep({ input, path: 'nodes[0].arrivals.users', values: [10, 40], seeds: [1, 2] }, (d) => progress.push(d));
    expect(progress).toEqual([1, 2]);
    expect(rows.map((r) => r.value)).toEqual([10, 40]);
    expect(rows[1].metrics.attempts).toBeGreaterThan(rows[0].metrics.attempts * 4);
    expect(rows[0].metrics.finishMs).toBeGreaterThan(0);
  });

  it('names the value that makes the scenario invalid', () => {
    const input = { format: 'resilience-playground/scenario@1', nodes: [{ id: 's', kind: 'server' }] };
    expect(() => runSweep({ input, path: 'nodes[0].concurrency', values: [0], seeds: [1] })).toThrow(/nodes\[0\]\.concurrency=0: nodes\[0\]\.concurrency: must be an integer ≥ 1/);
  });
});

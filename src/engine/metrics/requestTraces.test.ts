import { describe, expect, it } from 'vitest';
import { simOf } from '../testing/build';
import { createRequestTracer } from './requestTraces';

const retry = { maxAttempts: 3, backoff: 'constant' as const, baseMs: 10, jitter: 'none' as const };
const layers = (bottomErrorRate: number) => simOf({
  durationMs: 10_000, network: { latencyMs: 1 },
  nodes: [
    { id: 'users', kind: 'client', target: 'a', arrivals: { process: 'constant', ratePerSec: 1 }, retry },
    { id: 'a', kind: 'server', concurrency: 100, serviceTime: { dist: 'constant', ms: 1 }, calls: [{ target: 'b', retry }] },
    { id: 'b', kind: 'server', concurrency: 100, serviceTime: { dist: 'constant', ms: 1 }, calls: [{ target: 'c', retry }] },
    { id: 'c', kind: 'server', concurrency: 100, serviceTime: { dist: 'constant', ms: 1 }, errorRate: bottomErrorRate },
  ],
}, { traceRequests: true });

describe('request traces', () => {
  it('record the whole tree of a request that three retrying layers turn into 27 calls', () => {
    const sim = layers(1);
    sim.runUntil(5_500);
    const traces = sim.snapshot().traces!;
    const done = traces.filter((t) => t.outcome !== null);
    expect(done.length).toBeGreaterThan(0);
    for (const t of done) {
      expect(t.outcome).toBe('error');
      const bySite = (site: string) => t.attempts.filter((a) => a.site === site);
      expect(bySite('users->a').map((a) => a.number)).toEqual([1, 2, 3]);
      expect(bySite('a->b')).toHaveLength(9);
      expect(bySite('b->c')).toHaveLength(27);
      // Each attempt hangs under an attempt of the layer above, three per parent.
      const ids = new Set(t.attempts.map((a) => a.id));
      for (const site of ['a->b', 'b->c']) {
        const perParent = new Map<number, number>();
        for (const a of bySite(site)) {
          expect(ids.has(a.parent!)).toBe(true);
          perParent.set(a.parent!, (perParent.get(a.parent!) ?? 0) + 1);
        }
        expect([...perParent.values()].every((n) => n === 3)).toBe(true);
      }
      expect(bySite('users->a').every((a) => a.parent === null)).toBe(true);
      expect(t.attempts.every((a) => a.outcome === 'error' && a.endMs! >= a.startMs)).toBe(true);
    }
  });

  it('a healthy request is one attempt per layer, all ok', () => {
    const sim = layers(0);
    sim.runUntil(3_500);
    const t = sim.snapshot().traces!.find((x) => x.outcome === 'ok')!;
    expect(t.attempts.map((a) => `${a.site}#${a.number}:${a.outcome}`)).toEqual(['users->a#1:ok', 'a->b#1:ok', 'b->c#1:ok']);
    expect(t.endMs! - t.startMs).toBe(9); // three 1 ms services and six 1 ms hops
  });

  it('is off unless asked for: a headless run carries no traces', () => {
    const sim = simOf({ durationMs: 1000, nodes: [
      { id: 'users', kind: 'client', target: 's', arrivals: { process: 'constant', ratePerSec: 10 } },
      { id: 's', kind: 'server', concurrency: 1, serviceTime: { dist: 'constant', ms: 1 } },
    ] });
    sim.runUntil(1000);
    expect(sim.snapshot().traces).toBeUndefined();
  });

  it('traces at most a few requests at once and keeps a fixed number of finished ones', () => {
    const tracer = createRequestTracer();
    const started = Array.from({ length: 20 }, (_, i) => tracer.begin(i, 'users', '/', i));
    expect(started.filter(Boolean)).toHaveLength(8);
    for (let i = 0; i < 100; i++) {
      const t = tracer.begin(100 + i, 'users', '/', i);
      if (t) tracer.end(t, 'ok', i + 1);
    }
    for (const t of started) if (t) tracer.end(t, 'ok', 200);
    expect(tracer.read().length).toBeLessThanOrEqual(16);
  });
});

// Each strategy's strength and trap, seen end to end.
import { describe, expect, it } from 'vitest';
import { simOf } from '../testing/build';
import type { BalancerSummary, ServerSummary } from '../metrics/summaryTypes';
import type { ScenarioInput } from '../scenario/schema';

type Strategy = 'round-robin' | 'least-connections' | 'ip-hash' | 'consistent-hash' | 'power-of-two' | 'random' | 'weighted-round-robin';

function run(strategy: Strategy, extra: { sources?: { count: number; zipf: number }; serviceTime?: { dist: 'exponential'; meanMs: number }; affinity?: boolean; weights?: Record<string, number>; faults?: ScenarioInput['faults']; hashKey?: 'address' | 'nginx-24' } = {}) {
  const servers = ['s1', 's2', 's3'].map((id) => ({
    id, kind: 'server' as const, concurrency: 4,
    serviceTime: extra.serviceTime ?? { dist: 'exponential' as const, meanMs: 20 },
    ...(extra.affinity ? { affinity: { capacity: 250, missPenaltyMs: 40 } } : {}),
  }));
  const sim = simOf({
    seed: 4, durationMs: 60_000, network: { latencyMs: 1 },
    nodes: [
      { id: 'users', kind: 'client', target: 'lb', arrivals: { process: 'poisson', ratePerSec: 150 }, sources: extra.sources },
      { id: 'lb', kind: 'balancer', strategy, targets: ['s1', 's2', 's3'], weights: extra.weights, hashKey: extra.hashKey,
        healthCheck: { intervalMs: 1000, timeoutMs: 500, rise: 2, fall: 2 } },
      ...servers,
    ],
    faults: extra.faults ?? [],
  });
  sim.runUntil(60_000);
  return sim.summary();
}

const affinityOf = (s: ReturnType<typeof run>) => {
  let hits = 0, misses = 0;
  for (const id of ['s1', 's2', 's3']) {
    const a = (s.nodes[id] as ServerSummary).affinity!;
    hits += a.hits; misses += a.misses;
  }
  return hits / (hits + misses);
};

describe('strategies end to end', () => {
  it('sticky routing (ip-hash) keeps caches warm; round robin scatters clients over every server', () => {
    const sticky = run('ip-hash', { affinity: true, sources: { count: 600, zipf: 0 } });
    const scattered = run('round-robin', { affinity: true, sources: { count: 600, zipf: 0 } });
    expect(affinityOf(sticky)).toBeGreaterThan(0.9);
    expect(affinityOf(scattered)).toBeLessThan(0.6);
    expect(sticky.clients.users.latencyMs.p50).toBeLessThan(scattered.clients.users.latencyMs.p50);
  });

  it('ip-hash with a few heavy clients makes a hot spot; round robin does not', () => {
    const spread = (s: ReturnType<typeof run>) => {
      const routed = Object.values((s.nodes.lb as BalancerSummary).routed);
      return Math.max(...routed) / Math.min(...routed);
    };
    expect(spread(run('ip-hash', { sources: { count: 50, zipf: 1.5 } }))).toBeGreaterThan(1.8);
    expect(spread(run('round-robin', { sources: { count: 50, zipf: 1.5 } }))).toBeLessThan(1.05);
  });

  it('weighted round robin sends an 80/20 split exactly', () => {
    const s = run('weighted-round-robin', { weights: { s1: 4, s2: 1, s3: 0 } });
    const r = (s.nodes.lb as BalancerSummary).routed;
    expect(r.s3).toBe(0);
    expect(Math.abs(r.s1 / (r.s1 + r.s2) - 0.8)).toBeLessThan(0.001);
  });

  it('when a server dies, consistent hashing moves fewer warm clients than modulo hashing', () => {
    const faults = [{ atMs: 30_000, target: 's3', action: 'kill' as const }];
    const modulo = run('ip-hash', { affinity: true, sources: { count: 600, zipf: 0 }, faults });
    const ring = run('consistent-hash', { affinity: true, sources: { count: 600, zipf: 0 }, faults });
    expect(affinityOf(ring)).toBeGreaterThan(affinityOf(modulo));
  });

  it('least connections and power of two avoid a slow server better than round robin', () => {
    const slow = [{ atMs: 0, target: 's1', action: 'slow' as const, factor: 5 }];
    const rr = run('round-robin', { faults: slow });
    const lc = run('least-connections', { faults: slow });
    const p2 = run('power-of-two', { faults: slow });
    expect(lc.clients.users.latencyMs.p99).toBeLessThan(rr.clients.users.latencyMs.p99 / 2);
    expect(p2.clients.users.latencyMs.p99).toBeLessThan(rr.clients.users.latencyMs.p99 / 2);
  });
});

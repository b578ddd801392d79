// Active health checks in a running system, against the rules of SEMANTICS.md: a killed server
// fails its probes at once (refused), a hung one by timeout; `fall` failures in a row take it
// out, `rise` passes bring it back; probes wait in the same queue as real work.
import { describe, expect, it } from 'vitest';
import { simOf } from '../testing/build';
import type { BalancerSummary } from '../metrics/summaryTypes';
import type { ScenarioInput } from '../scenario/schema';

type Health = { preset?: 'haproxy' | 'aws-alb'; intervalMs?: number; timeoutMs?: number; rise?: number; fall?: number };
const LATENCY = 2;

function farm(healthCheck: Health, faults: NonNullable<ScenarioInput['faults']>) {
  const server = (id: string) => ({ id, kind: 'server' as const, concurrency: 8, serviceTime: { dist: 'constant' as const, ms: 5 } });
  return simOf({
    durationMs: 400_000, network: { latencyMs: LATENCY },
    nodes: [
      { id: 'users', kind: 'client', target: 'lb', arrivals: { process: 'constant', ratePerSec: 10 }, timeoutMs: 3000 },
      { id: 'lb', kind: 'balancer', targets: ['s1', 's2', 's3'], healthCheck },
      server('s1'), server('s2'), server('s3'),
    ],
    faults,
  });
}

const transitionsOf = (sim: ReturnType<typeof simOf>) => (sim.summary().nodes.lb as BalancerSummary).healthTransitions;
/** s2 is the second of three targets: its probes start a third of an interval in (spread checks). */
const s2Tick = (intervalMs: number, n: number) => intervalMs / 3 + n * intervalMs;

describe('health checks in the running system', () => {
  it('a killed server is refused at once: out after its third failed probe, within fall × interval + timeout', () => {
    const sim = farm({ intervalMs: 2000, timeoutMs: 1000, rise: 2, fall: 3 }, [{ atMs: 20_000, target: 's2', action: 'kill' }]);
    sim.runUntil(40_000);
    const [down] = transitionsOf(sim);
    // Probes at 20,666.7, 22,666.7 and 24,666.7 ms; each refusal is back one round trip later.
    expect(down).toMatchObject({ target: 's2', to: 'down' });
    expect(down.atMs).toBeCloseTo(s2Tick(2000, 12) + 2 * LATENCY, 6);
    expect(down.atMs - 20_000).toBeLessThanOrEqual(3 * 2000 + 1000);
  });

  it('a hung server is only found out by timeouts: a full timeout later than a crash', () => {
    const sim = farm({ intervalMs: 2000, timeoutMs: 1000, rise: 2, fall: 3 }, [{ atMs: 20_000, target: 's2', action: 'hang' }]);
    sim.runUntil(40_000);
    expect(transitionsOf(sim)[0].atMs).toBeCloseTo(s2Tick(2000, 12) + 1000, 6);
  });

  it('a revived server rejoins after `rise` good probes', () => {
    const sim = farm({ intervalMs: 2000, timeoutMs: 1000, rise: 2, fall: 3 },
      [{ atMs: 20_000, target: 's2', action: 'kill' }, { atMs: 30_000, target: 's2', action: 'revive' }]);
    sim.runUntil(40_000);
    const up = transitionsOf(sim)[1];
    // Passes at the probes of 30,666.7 and 32,666.7 ms: two hops and a 1 ms health endpoint.
    expect(up).toMatchObject({ target: 's2', to: 'up' });
    expect(up.atMs).toBeCloseTo(s2Tick(2000, 16) + 2 * LATENCY + 1, 6);
  });

  it('the aws-alb preset: 30 s interval and 5 s timeout, out after 2 failures, back after 5 passes', () => {
    const sim = farm({ preset: 'aws-alb' }, [{ atMs: 95_000, target: 's2', action: 'hang' }, { atMs: 200_000, target: 's2', action: 'revive' }]);
    sim.runUntil(400_000);
    const [down, up] = transitionsOf(sim);
    expect(down.atMs).toBeCloseTo(s2Tick(30_000, 4) + 5000, 6); // probes at 100 s and 130 s time out
    expect(up.atMs).toBeCloseTo(s2Tick(30_000, 11) + 2 * LATENCY + 1, 6); // passes at 220, 250, 280, 310, 340 s
  });
});

describe('a probe waits behind real work', () => {
  // One overloaded server: a 1 s job every 800 ms, so the queue, and each probe's wait, keeps growing.
  const overloaded = (whenAllDown: 'fail' | 'fail-open') => simOf({
    durationMs: 60_000, network: { latencyMs: 1 },
    nodes: [
      { id: 'users', kind: 'client', target: 'lb', arrivals: { process: 'constant', ratePerSec: 1.25 } },
      { id: 'lb', kind: 'balancer', targets: ['s1'], whenAllDown, healthCheck: { intervalMs: 2000, timeoutMs: 1000, rise: 2, fall: 3 } },
      { id: 's1', kind: 'server', concurrency: 1, serviceTime: { dist: 'constant', ms: 1000 } },
    ],
  });

  it('so a server that is alive but swamped fails its checks and is taken out', () => {
    const sim = overloaded('fail');
    sim.runUntil(60_000);
    const s = sim.summary();
    expect(transitionsOf(sim)[0]).toMatchObject({ target: 's1', to: 'down' });
    expect((s.nodes.s1 as { kind: string; downMs: number }).downMs).toBe(0); // it never crashed
    expect((s.nodes.lb as BalancerSummary).noHealthyUpstream).toBeGreaterThan(0);
  });

  it('whenAllDown fail-open keeps sending to it instead of answering 503', () => {
    const sim = overloaded('fail-open');
    sim.runUntil(59_900); // not at an arrival's instant: every request born has reached the balancer
    const lb = sim.summary().nodes.lb as BalancerSummary;
    expect(transitionsOf(sim).some((t) => t.to === 'down')).toBe(true);
    expect(lb.noHealthyUpstream).toBe(0);
    expect(lb.routed.s1).toBe(sim.summary().clients.users.requests);
  });
});

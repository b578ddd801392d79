import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../scenario/parse';
import { createSim } from './createSim';
import { simOf } from '../testing/build';
import type { Hop } from '../api';
import type { ServerSummary, VirtualIpSummary } from '../metrics/summaryTypes';

describe('virtual IP (VRRP) failover', () => {
  const parsed = parseScenarioText(readFileSync(new URL('../../../examples/balancer-spof.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));

  it('the backup takes the address 3.609 s after the priority-100 master dies (1 s advert)', () => {
    const sim = createSim(parsed.scenario);
    sim.runUntil(60_000);
    const s = sim.summary();
    const vip = s.nodes.vip as VirtualIpSummary;
    expect(vip.transitions).toEqual([{ atMs: 20_000 + 3609.375, master: 'lb2' }]);
    expect(s.singlePointsOfFailure).toEqual([]);
  });

  it('a kill between adverts is detected from the last advert heard', () => {
    const sim = createSim({ ...parsed.scenario, faults: [] });
    sim.runUntil(20_400);
    sim.apply({ target: 'lb1', action: 'kill' });
    sim.runUntil(30_000);
    expect((sim.summary().nodes.vip as VirtualIpSummary).transitions[0].atMs).toBe(23_609.375);
  });

  it('a clean stop sends priority 0: the backup takes over after its skew alone (RFC 5798 §6.4.2)', () => {
    const sim = createSim({ ...parsed.scenario, faults: [] });
    sim.runUntil(20_400);
    sim.apply({ target: 'lb1', action: 'stop' });
    sim.runUntil(30_000);
    // Backup priority 100, 1 s advert: skew (256 − 100) / 256 × 1000 = 609.375 ms, not 3.609 s.
    expect((sim.summary().nodes.vip as VirtualIpSummary).transitions).toEqual([{ atMs: 20_400 + 609.375, master: 'lb2' }]);
    expect(sim.snapshot().nodes.find((n) => n.id === 'lb1')!.state).toBe('down');
  });

  it('traffic fails only in the takeover window, then flows through the backup', () => {
    const hops: Hop[] = [];
    const sim = createSim(parsed.scenario, { listener: { hop: (h) => { if (h.kind === 'request' && h.from === 'users') hops.push(h); } } });
    sim.runUntil(60_000);
    const toLb2BeforeTakeover = hops.filter((h) => h.to === 'lb2' && h.departMs < 23_609).length;
    const toLb2After = hops.filter((h) => h.to === 'lb2' && h.departMs > 23_610).length;
    expect(toLb2BeforeTakeover).toBe(0);
    expect(toLb2After).toBeGreaterThan(3000);
    expect(hops.every((h) => h.via === 'vip')).toBe(true);
    const c = sim.summary().clients.users;
    // ~100 req/s refused for ~3.6 s by the dead master, plus what it was holding when it died.
    expect(c.byOutcome.unavailable).toBeGreaterThan(300);
    expect(c.byOutcome.unavailable).toBeLessThan(420);
  });

  it('a hung master keeps advertising, so the address never moves (the VRRP daemon is still alive)', () => {
    const sim = createSim({ ...parsed.scenario, faults: [{ atMs: 20_000, target: 'lb1', action: 'hang' }] });
    sim.runUntil(40_000);
    expect((sim.summary().nodes.vip as VirtualIpSummary).transitions).toEqual([]);
  });

  it('a revived master takes the address back (preemption)', () => {
    const sim = createSim({ ...parsed.scenario, faults: [
      { atMs: 20_000, target: 'lb1', action: 'kill' }, { atMs: 30_000, target: 'lb1', action: 'revive' }] });
    sim.runUntil(40_000);
    expect((sim.summary().nodes.vip as VirtualIpSummary).transitions.map((t) => t.master)).toEqual(['lb2', 'lb1']);
  });
});

describe('database standby (active-passive)', () => {
  const lagMs = 200;
  const scenario = {
    durationMs: 30_000,
    network: { latencyMs: 1 },
    nodes: [
      { id: 'users', kind: 'client' as const, target: 'db', timeoutMs: 1000, arrivals: { process: 'constant' as const, ratePerSec: 100 } },
      { id: 'db', kind: 'database' as const, concurrency: 8, writeFraction: 1, serviceTime: { dist: 'constant' as const, ms: 5 },
        standby: { replicationLagMs: lagMs, checkIntervalMs: 1000, fall: 3, promotionMs: 5000 } },
    ],
    faults: [{ atMs: 10_000, target: 'db', action: 'kill' as const }],
  };

  it('loses exactly the writes acknowledged inside the lag window before the primary died', () => {
    const acks: number[] = [];
    const sim = simOf(scenario, { listener: { hop: (h) => { if (h.from === 'db' && h.outcome === 'ok') acks.push(h.departMs); } } });
    sim.runUntil(30_000);
    const db = sim.summary().nodes.db as ServerSummary;
    const insideWindow = acks.filter((t) => t > 10_000 - lagMs && t <= 10_000).length;
    expect(insideWindow).toBe(20); // 100 writes/s × 0.2 s
    expect(db.lostWrites).toBe(insideWindow);
  });

  it('fails requests during detection plus promotion, then the standby serves', () => {
    const sim = simOf(scenario);
    sim.runUntil(30_000);
    const s = sim.summary();
    const db = s.nodes.db as ServerSummary;
    // checks at 11 s, 12 s, 13 s fail (fall 3), promotion takes 5 s: serving again at 18 s.
    expect(db.promotions).toEqual([{ atMs: 18_000 }]);
    expect(s.clients.users.byOutcome.unavailable).toBe(800); // 8 s × 100 req/s refused
    expect(db.downMs).toBe(8000);
  });

  it('without a standby nothing is lost, and the database stays down until revived', () => {
    const sim = simOf({ ...scenario, nodes: [scenario.nodes[0], { ...scenario.nodes[1], standby: undefined }] });
    sim.runUntil(30_000);
    const db = sim.summary().nodes.db as ServerSummary;
    expect(db.lostWrites).toBe(0);
    expect(db.promotions).toEqual([]);
    expect(db.downMs).toBe(20_000);
  });
});

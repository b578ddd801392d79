import { describe, expect, it } from 'vitest';
import { simOf } from '../testing/build';
import type { ServerSummary } from '../metrics/summaryTypes';

const base = (clientExtra = {}) => ({
  durationMs: 20_000,
  network: { latencyMs: 1 },
  nodes: [
    { id: 'users', kind: 'client' as const, target: 's1', arrivals: { process: 'constant' as const, ratePerSec: 100 }, ...clientExtra },
    { id: 's1', kind: 'server' as const, concurrency: 2, serviceTime: { dist: 'constant' as const, ms: 5 } },
  ],
});

describe('kill vs hang', () => {
  it('kill: held requests are lost at once, new ones refused at once (no waiting for a timeout)', () => {
    const sim = simOf(base({ timeoutMs: 1000 }));
    sim.runUntil(5000);
    sim.apply({ target: 's1', action: 'kill' });
    sim.runUntil(6000);
    const s = sim.summary();
    const c = s.clients.users;
    // 100 req/s for 1 s of outage, refused after one round trip each; none waits for 1 s.
    expect(c.byOutcome.unavailable).toBeGreaterThanOrEqual(98);
    expect(c.byOutcome.timeout).toBe(0);
    expect((s.nodes.s1 as ServerSummary).refused).toBe(c.byOutcome.unavailable);
    expect(s.conservation.holds).toBe(true);
  });

  it('hang: requests wait until the caller\'s timeout; nothing fails before it', () => {
    const sim = simOf(base({ timeoutMs: 1000 }));
    sim.runUntil(5000);
    sim.apply({ target: 's1', action: 'hang' });
    sim.runUntil(5990);
    expect(sim.summary().clients.users.byOutcome.timeout).toBe(0);
    sim.runUntil(8000);
    const c = sim.summary().clients.users;
    expect(c.byOutcome.timeout).toBeGreaterThan(190);
    expect(c.byOutcome.unavailable + c.byOutcome.lost).toBe(0);
  });

  it('a hung server without client timeouts leaves requests in flight, never lost from the books', () => {
    const sim = simOf(base());
    sim.runUntil(5000);
    sim.apply({ target: 's1', action: 'hang' });
    sim.runUntil(8000);
    const { conservation } = sim.summary();
    expect(conservation.holds).toBe(true);
    expect(conservation.inFlight).toBeGreaterThan(290);
  });

  it('revive after kill serves again; slow ×10 stretches service; heal restores it', () => {
    const sim = simOf(base());
    sim.runUntil(2000);
    sim.apply({ target: 's1', action: 'kill' });
    sim.runUntil(3000);
    sim.apply({ target: 's1', action: 'revive' });
    sim.runUntil(4000);
    const okBefore = sim.summary().clients.users.ok;
    sim.runUntil(5000);
    expect(sim.summary().clients.users.ok - okBefore).toBeGreaterThanOrEqual(99);
    sim.apply({ target: 's1', action: 'slow', factor: 10 });
    sim.runUntil(9000);
    expect(sim.snapshot().nodes[0].state).toBe('slow');
    const slowP99 = sim.summary().clients.users.latencyMs.max;
    expect(slowP99).toBeGreaterThan(50);
    sim.apply({ target: 's1', action: 'heal' });
    expect(sim.snapshot().nodes[0].state).toBe('up');
  });

  it('errors at rate 1 fail every served request with error', () => {
    const sim = simOf(base());
    sim.apply({ target: 's1', action: 'errors', rate: 1 });
    sim.runUntil(1000);
    const c = sim.summary().clients.users;
    expect(c.ok).toBe(0);
    expect(c.byOutcome.error).toBeGreaterThan(95);
  });

  it('a partition drops messages on that link until heal', () => {
    const sim = simOf(base({ timeoutMs: 500 }));
    sim.apply({ target: 's1', action: 'partition', from: 'users' });
    sim.runUntil(2000);
    expect(sim.summary().clients.users.ok).toBe(0);
    sim.apply({ target: 's1', action: 'heal' });
    sim.runUntil(3000);
    expect(sim.summary().clients.users.ok).toBeGreaterThan(95);
  });
});

// Property: over random valid scenarios and random faults, every logical request ends in exactly
// one outcome or is still in flight, and the outcomes add up to the ok count and the failures.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simOf } from '../testing/build';
import { OUTCOMES } from '../api';

const dist = fc.oneof(
  fc.record({ dist: fc.constant('constant' as const), ms: fc.integer({ min: 0, max: 80 }) }),
  fc.record({ dist: fc.constant('exponential' as const), meanMs: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ dist: fc.constant('lognormal' as const), medianMs: fc.integer({ min: 1, max: 40 }), p99Ms: fc.integer({ min: 40, max: 400 }) }),
);
const server = (id: string) => fc.record({
  id: fc.constant(id), kind: fc.constant('server' as const),
  concurrency: fc.integer({ min: 1, max: 8 }),
  queueLimit: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  serviceTime: dist,
  errorRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
});
const action = fc.oneof(
  fc.constant({ action: 'kill' as const }), fc.constant({ action: 'hang' as const }),
  fc.constant({ action: 'revive' as const }), fc.constant({ action: 'heal' as const }),
  fc.record({ action: fc.constant('slow' as const), factor: fc.integer({ min: 2, max: 20 }) }),
  fc.record({ action: fc.constant('errors' as const), rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ action: fc.constant('partition' as const), from: fc.constant('lb') }),
);

const scenario = fc.record({
  servers: fc.array(server('s'), { minLength: 1, maxLength: 4 }),
  strategy: fc.constantFrom('round-robin', 'least-connections', 'weighted-round-robin', 'power-of-two', 'random'),
  arrivals: fc.oneof(
    fc.record({ process: fc.constantFrom('poisson' as const, 'constant' as const), ratePerSec: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ process: fc.constant('closed' as const), users: fc.integer({ min: 1, max: 40 }), thinkMs: fc.integer({ min: 0, max: 200 }),
      requestsPerUser: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }) }),
  ),
  timeoutMs: fc.option(fc.integer({ min: 20, max: 2000 }), { nil: undefined }),
  healthCheck: fc.boolean(),
  latencyMs: fc.integer({ min: 0, max: 10 }),
  faults: fc.array(fc.record({ atMs: fc.integer({ min: 0, max: 8000 }), server: fc.nat(3), fault: action }), { maxLength: 6 }),
  seed: fc.nat(1000),
  untilMs: fc.integer({ min: 100, max: 10_000 }),
});

describe('conservation', () => {
  it('holds for random scenarios with random faults', () => {
    fc.assert(fc.property(scenario, (s) => {
      const servers = s.servers.map((sv, i) => ({ ...sv, id: `s${i}` }));
      const sim = simOf({
        seed: s.seed, durationMs: 10_000, network: { latencyMs: s.latencyMs },
        nodes: [
          { id: 'users', kind: 'client', target: 'lb', arrivals: s.arrivals, timeoutMs: s.timeoutMs },
          { id: 'lb', kind: 'balancer', strategy: s.strategy, targets: servers.map((x) => x.id),
            healthCheck: s.healthCheck ? { intervalMs: 500, timeoutMs: 200, rise: 2, fall: 2 } : undefined },
          ...servers,
        ],
        faults: s.faults.map((f) => ({ atMs: f.atMs, target: servers[f.server % servers.length].id, ...f.fault })),
      });
      sim.runUntil(s.untilMs);
      const sum = sim.summary();
      const c = sum.clients.users;
      expect(sum.conservation.holds).toBe(true);
      expect(sum.conservation.generated).toBe(c.requests);
      const ended = OUTCOMES.reduce((a, o) => a + c.byOutcome[o], 0);
      expect(ended).toBe(sum.conservation.terminal);
      expect(c.byOutcome.ok).toBe(c.ok);
    }), { numRuns: 150, seed: 20261203 });
  });
});

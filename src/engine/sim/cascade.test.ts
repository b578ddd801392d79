// The cascade examples: a hung database fills every API worker slot until /profile — which never
// touches the database — stops answering; a breaker on the database call keeps /profile healthy.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../scenario/parse';
import { createSim } from './createSim';
import type { ServerSummary } from '../metrics/summaryTypes';

function load(name: string) {
  const r = parseScenarioText(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.scenario;
}

/** Availability of one route among requests born while the database hung (30 s to 90 s). */
function duringHang(name: string, route: string) {
  const sim = createSim(load(name));
  sim.runUntil(30_000);
  const before = sim.summary().clients.users.byRoute[route];
  sim.runUntil(90_000);
  const during = sim.summary().clients.users.byRoute[route];
  sim.runUntil(120_000);
  // Successes in the window over requests born in it (the client gives up after 3 s, so the
  // window's edges move the ratio by well under a percent).
  return { ratio: (during.ok - before.ok) / (during.requests - before.requests), summary: sim.summary() };
}

describe('cascading failure and the circuit breaker', () => {
  it('without a breaker, /profile availability during the database hang falls below 50 %', () => {
    const { ratio, summary } = duringHang('cascade.json', '/profile');
    expect(ratio).toBeLessThan(0.5);
    // the API servers finished database calls whose callers had long given up
    const api1 = summary.nodes.api1 as ServerSummary;
    expect(api1.maxQueueLength).toBe(200);
    expect(summary.conservation.holds).toBe(true);
  });

  it('with a breaker on the database call, /profile stays above 99 % and /search fails fast', () => {
    const { ratio, summary } = duringHang('cascade-with-breaker.json', '/profile');
    expect(ratio).toBeGreaterThan(0.99);
    const b = summary.breakers['api1->db'];
    expect(b.transitions[0]).toMatchObject({ from: 'closed', to: 'open' });
    expect(b.transitions[0].atMs).toBeGreaterThan(30_000);
    // opossum's 5 s window still holds the successes from before the hang, so it takes a few
    // seconds of 500 ms timeouts for failures to pass 50 %.
    expect(b.transitions[0].atMs).toBeLessThan(36_000);
    expect(b.rejected).toBeGreaterThan(1000);
    // recovery after the hang ends: half-open probes, then closed
    const last = b.transitions[b.transitions.length - 1];
    expect(last.to).toBe('closed');
    expect(last.atMs).toBeGreaterThan(90_000);
    expect(summary.clients.users.byOutcome.rejected).toBeGreaterThan(1000);
  });
});

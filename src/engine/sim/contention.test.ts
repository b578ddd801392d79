// The reference experiment of SEMANTICS.md (after the AWS Architecture Blog's simulator): 100
// clients each make one optimistic write to one row. Averages over seeds must show its shape.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../scenario/parse';
import { createSim } from './createSim';

const base = JSON.parse(readFileSync(new URL('../../../examples/contention.json', import.meta.url), 'utf8'));
const SEEDS = [1, 2, 3, 4, 5, 6];

function experiment(retry: Record<string, unknown>, network = base.network) {
  let calls = 0, finishMs = 0;
  for (const seed of SEEDS) {
    const input = structuredClone(base);
    input.network = network;
    Object.assign(input.nodes[0].retry, retry);
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const sim = createSim(parsed.scenario, { seed });
    sim.runUntil(parsed.scenario.durationMs);
    const c = sim.summary().clients.clients;
    expect(c.ok).toBe(100);
    calls += c.attempts;
    finishMs += c.doneAtMs!;
  }
  return { calls: calls / SEEDS.length, finishMs: finishMs / SEEDS.length };
}

describe('contention experiment (100 clients, one row)', () => {
  const none = experiment({ backoff: 'none', jitter: 'none' });
  const exponential = experiment({ jitter: 'none' });
  const full = experiment({ jitter: 'full' });
  const decorrelated = experiment({ jitter: 'decorrelated' });
  const equal = experiment({ jitter: 'equal' });

  it('no backoff makes roughly 3× the calls of full jitter', () => {
    expect(none.calls / full.calls).toBeGreaterThan(2.4);
    expect(none.calls / full.calls).toBeLessThan(3.6);
  });

  it('exponential backoff without jitter takes over 10× longer to finish than full jitter', () => {
    expect(exponential.finishMs / full.finishMs).toBeGreaterThan(10);
    expect(exponential.calls).toBeGreaterThan(1.5 * full.calls);
  });

  it('decorrelated makes somewhat more calls than full jitter and finishes about as fast', () => {
    expect(decorrelated.calls / full.calls).toBeGreaterThan(1.05);
    expect(decorrelated.calls / full.calls).toBeLessThan(1.5);
    expect(decorrelated.finishMs / full.finishMs).toBeGreaterThan(0.5);
    expect(decorrelated.finishMs / full.finishMs).toBeLessThan(1.5);
    expect(equal.calls).toBeLessThan(none.calls / 2);
  });

  it('with constant latency, clients without backoff stay in lock step: 100 + 99 + … + 1 = 5,050 calls', () => {
    const lockstep = experiment({ backoff: 'none', jitter: 'none' }, { latencyMs: 10, jitterMs: 0 });
    expect(lockstep.calls).toBe(5050);
  });
});

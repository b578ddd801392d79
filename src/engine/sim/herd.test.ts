// The thundering herd: 300 closed-loop clients whose requests all die with one server crash
// retry together. Without jitter their retries land in synchronized waves after the server
// comes back; full jitter spreads each wave over its window.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../scenario/parse';
import { createSim } from './createSim';

const base = JSON.parse(readFileSync(new URL('../../../examples/thundering-herd.json', import.meta.url), 'utf8'));

function peakAfterRecovery(jitter: string, seed: number) {
  const input = structuredClone(base);
  input.nodes[0].retry.jitter = jitter;
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const sim = createSim(parsed.scenario, { seed, seriesBucketMs: 100 });
  sim.runUntil(parsed.scenario.durationMs);
  const arrivals = sim.summary({ series: true }).series!.nodes.api.arrivals;
  return Math.max(...arrivals.slice(200)); // buckets from 20 s (the revive) on
}

describe('thundering herd', () => {
  it('peak arrivals per 100 ms after recovery are at least twice as high without jitter as with full jitter', () => {
    const ratios = [11, 12, 13].map((seed) => peakAfterRecovery('none', seed) / peakAfterRecovery('full', seed));
    for (const r of ratios) expect(r).toBeGreaterThanOrEqual(2);
  });
});

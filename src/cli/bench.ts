// `npm run bench`: engine speed on this machine (a benchmark, not a test: it prints, never fails).
//  1. M/M/1 at 800 req/s for 600 simulated seconds — simulated requests per wall-clock second.
//  2. The three-servers example pushed to 1,000 req/s for one simulated hour — wall time and heap.
import { readFileSync } from 'node:fs';
import { createSim, parseScenario, type ScenarioInput } from '../engine';

function load(name: string, patch: (s: ScenarioInput) => ScenarioInput) {
  const raw = JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')) as ScenarioInput;
  const parsed = parseScenario(patch(raw));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.scenario;
}

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const mm1 = load('mm1.json', (s) => s);
const rates: number[] = [];
for (let run = 0; run < 5; run++) {
  const { ms, value } = timed(() => {
    const sim = createSim(mm1, { seed: run + 1 });
    sim.runUntil(600_000);
    return sim.summary().clients.users.requests;
  });
  rates.push(value / (ms / 1000));
}
console.log(`M/M/1, 800 req/s × 600 s (${Math.round(600 * 800).toLocaleString('en')} requests): ` +
  `median ${(median(rates) / 1e6).toFixed(2)} M simulated requests/s, best ${(Math.max(...rates) / 1e6).toFixed(2)} M/s (5 runs)`);

const hour = load('three-servers.json', (s) => ({
  ...s, durationMs: 3_600_000,
  nodes: s.nodes.map((n) => (n.kind === 'client' ? { ...n, arrivals: { process: 'poisson' as const, ratePerSec: 1000 } } : n)),
}));
const heapBefore = process.memoryUsage().heapUsed;
const { ms, value } = timed(() => {
  const sim = createSim(hour);
  sim.runUntil(3_600_000);
  return sim.summary();
});
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
console.log(`three-servers at 1,000 req/s for one simulated hour: ${(ms / 1000).toFixed(2)} s wall, ` +
  `${value.events.toLocaleString('en')} events, ${value.clients.users.requests.toLocaleString('en')} requests ` +
  `(${(value.clients.users.requests / (ms / 1000) / 1e6).toFixed(2)} M/s), heap growth ${heapMb.toFixed(1)} MB`);

// Parameter sweeps: vary one field over a range, run each point with several seeds, and average
// the metrics a lesson plots. Pure and synchronous per point, so the CLI and the worker both
// drive it (the worker reports progress between points).
import { parseScenario } from '../scenario/parse';
import { createSim } from '../sim/createSim';
import { setPath } from './setPath';
import type { Summary } from '../metrics/summaryTypes';

export type SweepMetrics = {
  requests: number; ok: number; availability: number; attempts: number; amplification: number;
  p50Ms: number; p99Ms: number; finishMs: number | null;
};
export type SweepRow = { value: unknown; seeds: number; metrics: SweepMetrics };

/** A sweep runs every point with several seeds; past this many points it is a mistake, not a plan. */
export const MAX_SWEEP_POINTS = 1000;

/** How many values from..to by step holds (0 for an empty or invalid range). */
export function rangeSize(from: number, to: number, step: number): number {
  if (!(step > 0) || !Number.isFinite(from) || !Number.isFinite(to) || to < from) return 0;
  return Math.floor((to - from) / step + 1e-9) + 1;
}

/** The values of the range; callers check rangeSize against MAX_SWEEP_POINTS first and say so. */
export function rangeValues(from: number, to: number, step: number): number[] {
  const n = rangeSize(from, to, step);
  return Array.from({ length: Math.min(n, MAX_SWEEP_POINTS) }, (_, i) => +(from + i * step).toPrecision(12));
}

function metricsOf(s: Summary): SweepMetrics {
  const clients = Object.values(s.clients);
  const sum = (f: (c: (typeof clients)[number]) => number) => clients.reduce((a, c) => a + f(c), 0);
  const requests = sum((c) => c.requests);
  const attempts = sum((c) => c.attempts);
  const done = clients.map((c) => c.doneAtMs).filter((d): d is number => d !== undefined);
  return {
    requests, ok: sum((c) => c.ok), availability: s.availability.ratio, attempts,
    amplification: requests ? attempts / requests : 0,
    p50Ms: Math.max(0, ...clients.map((c) => c.latencyMs.p50)),
    p99Ms: Math.max(0, ...clients.map((c) => c.latencyMs.p99)),
    finishMs: done.length === clients.length && done.length > 0 ? Math.max(...done) : null,
  };
}

function average(ms: SweepMetrics[]): SweepMetrics {
  const avg = (f: (m: SweepMetrics) => number) => ms.reduce((a, m) => a + f(m), 0) / ms.length;
  const finishes = ms.map((m) => m.finishMs);
  return {
    requests: avg((m) => m.requests), ok: avg((m) => m.ok), availability: avg((m) => m.availability),
    attempts: avg((m) => m.attempts), amplification: avg((m) => m.amplification),
    p50Ms: avg((m) => m.p50Ms), p99Ms: avg((m) => m.p99Ms),
    finishMs: finishes.every((f) => f !== null) ? avg((m) => m.finishMs!) : null,
  };
}

export type SweepSpec = { input: unknown; path: string; values: unknown[]; seeds: number[]; untilMs?: number };

/** Runs one point (all its seeds); throws with the scenario's problems if the value makes it invalid. */
export function runPoint(spec: SweepSpec, value: unknown): SweepRow {
  const parsed = parseScenario(setPath(spec.input, spec.path, value));
  if (!parsed.ok) throw new Error(`${spec.path}=${JSON.stringify(value)}: ${parsed.problems.join('; ')}`);
  const runs = spec.seeds.map((seed) => {
    const sim = createSim(parsed.scenario, { seed });
    sim.runUntil(spec.untilMs ?? parsed.scenario.durationMs);
    return metricsOf(sim.summary());
  });
  return { value, seeds: spec.seeds.length, metrics: average(runs) };
}

export function runSweep(spec: SweepSpec, progress?: (done: number, total: number) => void): SweepRow[] {
  return spec.values.map((v, i) => {
    const row = runPoint(spec, v);
    progress?.(i + 1, spec.values.length);
    return row;
  });
}

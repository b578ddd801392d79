// Messages between the page and the sweep worker. Types only. A sweep runs many whole
// simulations (seconds of CPU), so it has its own thread: the live run never stutters for it.
import type { SweepMetrics } from '../engine/sweep/sweep';

export const SWEEP_PROTOCOL_VERSION = 1;

export type SweepRequest = {
  v: typeof SWEEP_PROTOCOL_VERSION; type: 'run'; id: number;
  scenario: unknown; path: string; values: unknown[]; seeds: number[];
  /** Each series is the scenario with these fields changed (a backoff strategy, say). */
  series: { id: string; sets: { path: string; value: unknown }[] }[];
};

export type SweepAnswer =
  /** One point done; `done` of `total` points so far, for the progress bar. */
  | { v: typeof SWEEP_PROTOCOL_VERSION; type: 'point'; id: number; series: string; value: unknown; metrics: SweepMetrics; done: number; total: number }
  | { v: typeof SWEEP_PROTOCOL_VERSION; type: 'done'; id: number }
  | { v: typeof SWEEP_PROTOCOL_VERSION; type: 'failed'; id: number; message: string };

// Lesson data of the retry and job-queue lessons (issues 5 and 6): goal checks over named
// metrics, buttons that change one scenario field ("knobs"), and parameter sweeps. Types only;
// flowChecks.ts evaluates the checks. Kept apart from types.ts so other topics grow their own.
import type { FaultAction } from '../engine/api';
import type { ScenarioJson } from './types';

/**
 * A number read from the live snapshot (see flowChecks.ts `metricValue`):
 * `client:<id>:p50|p99|ok|failed|requests|amplification`, `site:<owner->target>:amplification|retriesDenied|attempts|calls`,
 * `queue:<id>:<QueueLive field>`, `node:<id>:concurrency|busy|queueLength|arrivals|down`,
 * `multiplier:<node>` (peak arrivals at the node per finished request, over one-second buckets),
 * `herd-peak:<node>:<afterMs>` (most arrivals in one 100 ms bucket from `afterMs` on),
 * `recent-failed` (failed share of the last five complete seconds), `sweep:series` (strategies plotted).
 */
export type MetricRef = string;

export type Condition = { metric: MetricRef; op: '>=' | '<=' | '=='; value: number; label: string };

/** The running scenario must have `equals` at `path` (or, with `exists`, have or lack the field). */
export type ParamIs = { path: string; equals?: unknown; exists?: boolean };

export type FlowCheck = {
  kind: 'flow';
  when?: ParamIs[];
  /** What to tell the learner while `when` does not hold ("Switch to full jitter"). */
  whenHint?: string;
  /** Judged from this simulated time on. */
  afterMs?: number;
  /** Judged only after the learner has done this (e.g. redrive the queue). */
  afterAction?: { action: FaultAction['action']; target: string };
  all: Condition[];
  /** Once met, stays met for this run: some proofs (a herd after recovery) pass out of view. */
  latch?: boolean;
};

/** A button that changes fields of the running scenario and replays to the same moment. */
export type Knob = { id: string; label: string; sets: { path: string; value: unknown }[]; help?: string };

/** A parameter sweep run in its own worker: one line per series, one point per value. */
export type SweepPlan = {
  title: string;
  scenario: ScenarioJson;
  path: string;
  xLabel: string;
  values: number[];
  seeds: number[];
  series: { id: string; label: string; sets: { path: string; value: unknown }[] }[];
  /** Which sweep metrics to plot, each in its own small chart. */
  plots: { metric: 'attempts' | 'finishMs' | 'amplification' | 'p99Ms'; label: string; log?: boolean }[];
};

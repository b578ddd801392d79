// The state of the lesson's sweep: which lesson it belongs to, its progress and its points.
// A store of its own (not a slice of the app store): it lives beside the run, not inside it,
// and a replayed or reset run must not clear a plot that took seconds to compute.
import { createStore } from 'zustand';
import type { SweepMetrics } from '../../engine/sweep/sweep';
import type { SweepPlan } from '../../lessons/labTypes';
import { createSweepBridge, type SweepBridge } from '../../worker/sweepBridge';

export type SweepPoint = { series: string; value: number; metrics: SweepMetrics };
export type SweepState = {
  owner: string | null;
  status: 'idle' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  points: SweepPoint[];
  error: string | null;
};

const idle: SweepState = { owner: null, status: 'idle', done: 0, total: 0, points: [], error: null };
export const sweepStore = createStore<SweepState>()(() => idle);

let bridge: SweepBridge | null = null;

/** Series with a point at every value: what the plot shows complete. */
export function completeSeries(s: SweepState, plan: SweepPlan): number {
  return plan.series.filter((x) => s.points.filter((p) => p.series === x.id).length === plan.values.length).length;
}

export function startSweep(owner: string, plan: SweepPlan): void {
  bridge ??= createSweepBridge();
  sweepStore.setState({ owner, status: 'running', done: 0, total: plan.series.length * plan.values.length, points: [], error: null });
  bridge.run({ type: 'run', scenario: plan.scenario, path: plan.path, values: plan.values, seeds: plan.seeds, series: plan.series },
    (a) => {
      switch (a.type) {
        case 'point': sweepStore.setState((s) => ({ done: a.done, total: a.total, points: [...s.points, { series: a.series, value: Number(a.value), metrics: a.metrics }] })); return;
        case 'done': sweepStore.setState({ status: 'done' }); return;
        case 'failed': sweepStore.setState({ status: 'failed', error: a.message }); return;
      }
    });
}

export function cancelSweep(): void {
  bridge?.cancel();
  sweepStore.setState((s) => ({ status: s.points.length ? 'done' : 'idle' }));
}

/** Another lesson opened: its sweep starts empty. */
export function resetSweep(owner: string | null): void {
  if (sweepStore.getState().owner === owner) return;
  bridge?.cancel();
  sweepStore.setState({ ...idle, owner });
}

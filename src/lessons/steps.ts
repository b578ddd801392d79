// What the guided steps of a lesson need to know about the live run. Pure, like goals.ts: the
// same snapshot and command log give the same answer, so the panel and the tests agree.
import type { LiveSnapshot } from '../engine/api';
import type { GoalContext } from './goals';
import type { Choice, LessonStep, RunMetric, RunUntil } from './types';

type Predict = Extract<LessonStep, { kind: 'predict' }>;

export function metricValue(metric: RunMetric, snapshot: LiveSnapshot): number {
  switch (metric) {
    case 'availability': return snapshot.availability.ratio;
    case 'failed': return snapshot.totals.failed;
    case 'ok': return snapshot.totals.ok;
    case 'requests': return snapshot.totals.requests;
  }
}

export function formatMetric(metric: RunMetric, value: number): string {
  return metric === 'availability' ? `${(value * 100).toFixed(2)} %` : value.toLocaleString('en-US');
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Whether a run step has seen what it asks for, and how far along it is. */
export function runProgress(until: RunUntil, { snapshot, commandLog, topology }: GoalContext): { done: boolean; detail: string } {
  const simMs = snapshot?.simMs ?? 0;
  if ('simMs' in until) {
    return simMs >= until.simMs
      ? { done: true, detail: `Ran to ${secs(until.simMs)}.` }
      : { done: false, detail: `${secs(simMs)} of ${secs(until.simMs)}.` };
  }
  const kinds = new Map(topology.map((n) => [n.id, n.kind]));
  const act = commandLog.find((c) => c.action === until.action && kinds.get(c.target) === until.nodeKind);
  if (!act) return { done: false, detail: `Waiting for you to ${until.action} a ${until.nodeKind}.` };
  const since = simMs - act.atMs;
  return since >= until.holdMs
    ? { done: true, detail: `${until.action === 'kill' ? 'Killed' : 'Revived'} ${act.target} at ${secs(act.atMs)} and watched ${secs(since)}.` }
    : { done: false, detail: `${act.target} at ${secs(act.atMs)}: ${secs(Math.max(0, since))} of ${secs(until.holdMs)} watched.` };
}

const inRange = (c: Choice, v: number) => (c.min === undefined || v >= c.min) && (c.max === undefined || v < c.max);

export type Reveal = {
  /** Null while the learner has not predicted (or the run has no numbers yet). */
  right: boolean | null;
  value: number | null;
  chosen: Choice | undefined;
  actual: Choice | undefined;
  sentence: string;
};

/** Compares the learner's choice with the choice the run's numbers fall in. */
export function reveal(step: Predict, chosenId: string | undefined, snapshot: LiveSnapshot | null): Reveal {
  const chosen = step.choices.find((c) => c.id === chosenId);
  if (!snapshot) return { right: null, value: null, chosen, actual: undefined, sentence: 'No numbers yet: run the simulation first.' };
  const value = metricValue(step.metric, snapshot);
  const actual = step.choices.find((c) => inRange(c, value));
  const measured = `The run measured ${step.metric} ${formatMetric(step.metric, value)} (${snapshot.totals.ok.toLocaleString('en-US')} ok, ${snapshot.totals.failed.toLocaleString('en-US')} failed at ${secs(snapshot.simMs)}).`;
  if (!chosen) return { right: null, value, chosen, actual, sentence: `You did not predict. ${measured}` };
  const right = actual?.id === chosen.id;
  const verdict = right
    ? `You predicted “${chosen.text}”.`
    : `You predicted “${chosen.text}”, but the run says “${actual?.text ?? 'none of the choices'}”.`;
  return { right, value, chosen, actual, sentence: `${verdict} ${measured}` };
}

// Checks a lesson goal against the live run. Pure: the same snapshot and command log always
// give the same verdict, so the panel and the tests agree.
import type { Command, LiveSnapshot, StateChange } from '../engine/api';
import type { TopologyNode } from '../worker/protocol';
import type { GoalCheck } from './types';
import { evaluateResilience, isResilienceCheck } from './goalChecks';
import { evaluateFlow, isFlowCheck } from './flowChecks';

export type GoalStatus = 'pending' | 'met' | 'failed';
export type GoalVerdict = { status: GoalStatus; detail: string };

export type GoalContext = {
  snapshot: LiveSnapshot | null;
  commandLog: readonly Command[];
  topology: readonly TopologyNode[];
  /** State changes seen so far (health flips, deaths), for checks about timing. */
  changes?: readonly StateChange[];
  /** The scenario running now and the lesson variant it came from, for `requires` / `variant`. */
  scenarioDoc?: unknown;
  variant?: string;
  /** How many series of the lesson's sweep have been plotted (retry lessons). */
  sweepSeries?: number;
};

const pct = (ratio: number) => `${(ratio * 100).toFixed(2)} %`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function evaluateGoal(check: GoalCheck, ctx: GoalContext): GoalVerdict {
  if (isResilienceCheck(check)) return evaluateResilience(check, ctx);
  if (isFlowCheck(check)) return evaluateFlow(check, ctx);
  switch (check.kind) {
    case 'survive-kill': return surviveKill(check, ctx);
    case 'outage-recovered': return outageRecovered(check, ctx);
  }
}

function surviveKill(check: Extract<GoalCheck, { kind: 'survive-kill' }>, { snapshot, commandLog, topology }: GoalContext): GoalVerdict {
  const kinds = new Map(topology.map((n) => [n.id, n.kind]));
  const kill = commandLog.find((c) => c.action === 'kill' && kinds.get(c.target) === check.nodeKind);
  if (!kill || !snapshot) return { status: 'pending', detail: `Waiting for you to kill a ${check.nodeKind}.` };
  const since = snapshot.simMs - kill.atMs;
  const availability = snapshot.availability.ratio;
  if (since < check.holdMs) {
    return {
      status: 'pending',
      detail: `${kill.target} killed at ${secs(kill.atMs)}; ${secs(Math.max(0, since))} of ${secs(check.holdMs)} watched, availability ${pct(availability)}.`,
    };
  }
  // Judged live, not latched: kill a second and third server and the verdict turns.
  return availability >= check.minAvailability
    ? { status: 'met', detail: `${secs(since)} after killing ${kill.target}, availability is ${pct(availability)}.` }
    : { status: 'failed', detail: `Availability ${pct(availability)} is below ${pct(check.minAvailability)}. Reset and try again.` };
}

// Latched once the time is reached: the point is to read the nines of a run with an outage in it.
function outageRecovered(check: Extract<GoalCheck, { kind: 'outage-recovered' }>, { snapshot, commandLog, topology }: GoalContext): GoalVerdict {
  const kinds = new Map(topology.map((n) => [n.id, n.kind]));
  const kill = commandLog.find((c) => c.action === 'kill' && kinds.get(c.target) === check.nodeKind);
  if (!kill || !snapshot) return { status: 'pending', detail: `Waiting for you to kill a ${check.nodeKind}.` };
  const revive = commandLog.find((c) => c.action === 'revive' && c.target === kill.target && c.atMs >= kill.atMs);
  if (!revive) return { status: 'pending', detail: `${kill.target} down since ${secs(kill.atMs)}; revive it.` };
  if (snapshot.simMs < check.untilMs) {
    return { status: 'pending', detail: `${kill.target} was down for ${secs(revive.atMs - kill.atMs)}; run on to ${secs(check.untilMs)}.` };
  }
  const { ratio, nines, downtimePerYearHours } = snapshot.availability;
  return {
    status: 'met',
    detail: `${secs(revive.atMs - kill.atMs)} down: availability ${pct(ratio)}, ${nines === null ? '∞' : nines.toFixed(1)} nines, ≈ ${Math.round(downtimePerYearHours)} h down a year at this rate.`,
  };
}

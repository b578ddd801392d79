// Checks a lesson goal against the live run. Pure: the same snapshot and command log always
// give the same verdict, so the panel and the tests agree.
import type { Command, LiveSnapshot } from '../engine/api';
import type { TopologyNode } from '../worker/protocol';
import type { GoalCheck } from './types';

export type GoalStatus = 'pending' | 'met' | 'failed';
export type GoalVerdict = { status: GoalStatus; detail: string };

export type GoalContext = {
  snapshot: LiveSnapshot | null;
  commandLog: readonly Command[];
  topology: readonly TopologyNode[];
};

const pct = (ratio: number) => `${(ratio * 100).toFixed(2)} %`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function evaluateGoal(check: GoalCheck, ctx: GoalContext): GoalVerdict {
  switch (check.kind) {
    case 'survive-kill': return surviveKill(check, ctx);
  }
}

function surviveKill(check: GoalCheck, { snapshot, commandLog, topology }: GoalContext): GoalVerdict {
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

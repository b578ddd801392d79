// Goal checks of the high-availability and circuit-breaker lessons (issues 3 and 4). Types only;
// `goalChecks.ts` evaluates them. Kept apart from types.ts so lessons of other topics can grow
// their own kinds without touching these.

type NodeKind = 'server' | 'database' | 'balancer';
export type BreakerStateName = 'closed' | 'open' | 'half-open';

/** Fields every check here may carry. */
type Common = {
  /** Only judged while this variant of the lesson's scenario is loaded. */
  variant?: string;
  /** Only judged once the running scenario has this value at `path` (set in the inspector). */
  requires?: { path: string; equals: unknown; hint: string };
};

export type ResilienceCheck = Common & (
  /** After killing a node of `nodeKind` and waiting `waitMs`, the share of ok answers in the last
   * complete seconds is ≥ `min` or ≤ `max`. */
  | { kind: 'after-kill'; nodeKind: NodeKind; waitMs: number; min?: number; max?: number }
  /** The virtual IP's address moved off its first member and traffic recovered (≥ `minRecentOk`). */
  | { kind: 'vip-takeover'; vip: string; minRecentOk: number }
  /** A killed or hung target left rotation within `maxDelayMs`, and no live target was pulled. */
  | { kind: 'detection'; maxDelayMs: number }
  /** Health checks pulled at least `minTargets` targets that nobody killed or hung. */
  | { kind: 'pulled-while-alive'; minTargets: number }
  /** A route's availability so far, judged from `afterMs` on: ≥ `min` or < `max`. */
  | { kind: 'route-availability'; route: string; afterMs: number; min?: number; max?: number }
  /** A breaker (key "owner->target", or any) went through these states in this order. */
  | { kind: 'breaker-path'; breaker?: string; states: readonly BreakerStateName[] }
  /** The share of ok answers over the last complete seconds is ≥ `min`, judged from `afterMs` on. */
  | { kind: 'recent-ok'; min: number; afterMs: number }
  /** Every client's p99 latency is ≤ `maxP99Ms`, judged from `afterMs` on. */
  | { kind: 'latency'; maxP99Ms: number; afterMs: number }
);

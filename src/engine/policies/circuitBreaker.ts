// A circuit breaker as a small state machine: closed → open → half-open → closed | open.
// Semantics and vectors: SEMANTICS.md "Circuit breakers". Calls ask `allow`; a refused call is
// rejected at once. Each permit carries the breaker's generation: a result that comes back after
// the state has moved on (a call that was in flight when the breaker opened) is recorded as
// ignored and never moves the state.
import type { Outcome } from '../api';
import type { BreakerSettings } from './breakerPresets';
import { createWindow } from './breakerWindow';

export type BreakerState = 'closed' | 'open' | 'half-open';
export type Permit = { generation: number; startedMs: number };
export type Transition = { atMs: number; from: BreakerState; to: BreakerState };

export type Breaker = {
  readonly state: BreakerState;
  /** A permit for one call, or null: the call is rejected. */
  allow(nowMs: number): Permit | null;
  record(permit: Permit, failed: boolean, nowMs: number): void;
  /** When a timer-driven breaker wants `tick` next (open → half-open), else null. */
  readonly timerAtMs: number | null;
  tick(nowMs: number): void;
  readonly transitions: readonly Transition[];
  readonly rejected: number;
  /** Results of calls whose state had already moved on: counted, never acted on. */
  readonly ignored: number;
};

/** Every outcome but ok counts against the callee, timeouts included. */
export const isFailure = (o: Outcome) => o !== 'ok';

export function createBreaker(s: BreakerSettings, onTransition?: (t: Transition) => void): Breaker {
  const slots = createWindow(s.window);
  const shape = s.window; // (not `window`: this file runs where there is no DOM)
  const minimumCalls = shape.type === 'count' ? Math.min(s.minimumCalls, shape.size) : s.minimumCalls;
  let state: BreakerState = 'closed';
  let generation = 0;
  let openedAtMs = 0;
  let probesIssued = 0, probeResults = 0, probeFailures = 0;
  let rejected = 0, ignored = 0;
  const transitions: Transition[] = [];

  function move(to: BreakerState, nowMs: number) {
    const t = { atMs: nowMs, from: state, to };
    state = to;
    generation++;
    slots.reset();
    probesIssued = probeResults = probeFailures = 0;
    if (to === 'open') openedAtMs = nowMs;
    transitions.push(t);
    onTransition?.(t);
  }

  const exceeds = (percent: number, threshold: number) => (s.openWhen === 'above' ? percent > threshold : percent >= threshold);
  const percentOf = (part: number, whole: number) => {
    const p = (part / whole) * 100;
    return s.integerPercent ? Math.floor(p) : p;
  };

  function shouldTrip(nowMs: number): boolean {
    const w = slots.stats(nowMs);
    if (shape.type === 'consecutive') return w.failures >= shape.failures;
    if (w.calls === 0 || w.calls < minimumCalls) return false;
    if (exceeds(percentOf(w.failures, w.calls), s.failureRatePercent)) return true;
    return s.slowCallMs !== null && s.slowCallRatePercent !== null && exceeds(percentOf(w.slow, w.calls), s.slowCallRatePercent);
  }

  return {
    get state() { return state; },
    get transitions() { return transitions; },
    get rejected() { return rejected; },
    get ignored() { return ignored; },
    get timerAtMs() { return state === 'open' && s.halfOpenOn === 'timer' ? openedAtMs + s.openMs : null; },
    tick(nowMs) {
      if (state === 'open' && s.halfOpenOn === 'timer' && nowMs >= openedAtMs + s.openMs) move('half-open', nowMs);
    },
    allow(nowMs) {
      if (state === 'open' && s.halfOpenOn === 'next-call' && nowMs >= openedAtMs + s.openMs) move('half-open', nowMs);
      if (state === 'closed') return { generation, startedMs: nowMs };
      if (state === 'half-open' && (s.halfOpenProbes === 'unlimited' || probesIssued < s.halfOpenProbes)) {
        probesIssued++;
        return { generation, startedMs: nowMs };
      }
      rejected++;
      return null;
    },
    record(permit, failed, nowMs) {
      if (permit.generation !== generation) { ignored++; return; }
      const slow = s.slowCallMs !== null && nowMs - permit.startedMs >= s.slowCallMs;
      if (state === 'closed') {
        slots.add(failed, slow, nowMs);
        if (shouldTrip(nowMs)) move('open', nowMs);
        return;
      }
      if (state !== 'half-open') return;
      // One probe (or unlimited, as the hand-written breaker does): its result decides.
      if (s.halfOpenProbes === 'unlimited' || s.halfOpenProbes === 1) return move(failed ? 'open' : 'closed', nowMs);
      // Several probes (resilience4j): decide on their failure rate once all have answered.
      probeResults++;
      if (failed) probeFailures++;
      if (probeResults >= s.halfOpenProbes) move(exceeds(percentOf(probeFailures, probeResults), s.failureRatePercent) ? 'open' : 'closed', nowMs);
    },
  };
}

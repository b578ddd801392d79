// A call site: one caller's way of calling one target — a client's requests, or a server's
// downstream call — with its per-attempt timeout, retry policy (backoff, jitter, budget) and
// circuit breaker. Every attempt is its own request through the system, linked to its call.
// Timeouts free the caller but do not cancel the work the callee is doing.
import type { Outcome } from '../api';
import type { z } from 'zod';
import type { breakerPolicy, retryPolicy } from '../scenario/shapes';
import { createBreaker, isFailure, type Breaker } from '../policies/circuitBreaker';
import { resolveBreaker } from '../policies/breakerPresets';
import { resolveRetry, type RetrySettings } from '../policies/retryPolicy';
import { backoffMs } from '../policies/backoff';
import { createRetryBudget, retryCostOf, type RetryBudget } from '../policies/retryBudget';
import { createOutcomeCounts } from '../metrics/outcomeCounts';
import { createAttemptTimeouts } from './attemptTimeouts';
import type { Attempt, CallSiteRef, CallState, Kernel, Logical } from '../sim/types';

export type CallSpec = { target: string; timeoutMs?: number; retry?: z.output<typeof retryPolicy>; breaker?: z.output<typeof breakerPolicy> };

export type CallSiteStats = { calls: number; attempts: number; amplification: number; retriesDenied: number; byOutcome: Record<Outcome, number> };

export type CallSite = CallSiteRef & {
  readonly target: string;
  readonly breaker: Breaker | null;
  call(logical: Logical | null, route: string, finish: CallState['finish'], extra?: Pick<Attempt, 'enqueue'>, parent?: Attempt): CallState;
  tick(): void;
  stats(): CallSiteStats;
};

export function createCallSite(owner: string, key: string, spec: CallSpec, k: Kernel): CallSite {
  const retry: RetrySettings | null = spec.retry ? resolveRetry(spec.retry) : null;
  const budget: RetryBudget | null = retry?.budget ? createRetryBudget(retry.budget) : null;
  const jitterRng = k.rng(`site:${key}`).fork('jitter');
  const timeouts = spec.timeoutMs !== undefined ? createAttemptTimeouts(owner, spec.timeoutMs, k, (a) => site.onTimeout(a)) : null;
  const byOutcome = createOutcomeCounts();
  let calls = 0, attempts = 0;

  const breaker = spec.breaker
    ? createBreaker(resolveBreaker(spec.breaker), (t) => {
        k.emitChange({ type: 'breaker', atMs: t.atMs, site: key, owner, target: spec.target, state: t.to });
        if (t.to === 'open' && breakerRef.timerAtMs !== null)
          k.schedule({ type: 'breaker-timer', atMs: breakerRef.timerAtMs, node: owner, site: key });
      })
    : null;
  const breakerRef = breaker!;

  function send(call: CallState) {
    call.attempts++;
    attempts++;
    if (call.logical && call.logical.client === owner) call.logical.attempts = call.attempts;
    const permit = breaker ? breaker.allow(k.now) : null;
    // Every field written up front, optional ones as undefined: one object shape for all attempts
    // keeps property access monomorphic (a spread of `extra` made a shape per combination).
    const attempt: Attempt = { id: k.nextAttemptId(), logical: call.logical, probe: null, call, permit, route: call.route, number: call.attempts,
      done: false, enqueue: call.extra?.enqueue, delivery: undefined, rmw: undefined, holds: null };
    const trace = call.logical?.trace;
    if (trace) k.tracer.attemptSent(trace, attempt.id, call.parent?.id ?? null, key, attempt.number, k.now);
    if (breaker && !permit) {
      attempt.done = true;
      if (trace) k.tracer.attemptEnded(trace, attempt.id, 'rejected', k.now);
      k.emitHop({ from: owner, to: spec.target, departMs: k.now, arriveMs: k.now, kind: 'rejected', outcome: 'rejected', attempt: attempt.number });
      return failed(call, 'rejected');
    }
    timeouts?.add(attempt);
    k.request(owner, spec.target, attempt);
  }

  function failed(call: CallState, outcome: Outcome) {
    if (call.done) return;
    const canRetry = retry !== null && call.attempts < retry.maxAttempts && retry.retryOn.includes(outcome);
    if (canRetry && (!budget || budget.tryRetry(outcome === 'timeout', k.now))) {
      call.lastRetryCost = retryCostOf(retry.budget, outcome === 'timeout');
      const wait = backoffMs(call.attempts, retry, jitterRng, call.attempts === 1 ? retry.baseMs : call.previousDelayMs);
      call.previousDelayMs = wait;
      k.schedule({ type: 'retry-wait', atMs: k.now + wait, node: owner, call });
      return;
    }
    end(call, outcome);
  }

  function end(call: CallState, outcome: Outcome) {
    call.done = true;
    byOutcome.add(outcome);
    if (outcome === 'ok') budget?.success(call.attempts > 1 ? call.lastRetryCost : 0);
    call.finish(outcome, call);
  }

  function settle(attempt: Attempt, outcome: Outcome) {
    if (outcome === 'ok' && attempt.rmw?.phase === 'read') {
      // The read of a read-modify-write came back: send the write with the version it saw.
      attempt.rmw.phase = 'write';
      k.request(owner, spec.target, attempt);
      return;
    }
    attempt.done = true;
    const trace = attempt.logical?.trace;
    if (trace) k.tracer.attemptEnded(trace, attempt.id, outcome, k.now);
    if (breaker && attempt.permit) breaker.record(attempt.permit, isFailure(outcome), k.now);
    const call = attempt.call!;
    if (outcome === 'ok') { if (!call.done) end(call, 'ok'); }
    else failed(call, outcome);
  }

  const site: CallSite = {
    key,
    target: spec.target,
    breaker,
    call(logical, route, finish, extra, parent) {
      calls++;
      budget?.request(k.now);
      const call: CallState = { site, logical, parent: parent ?? null, route, attempts: 0, previousDelayMs: 0, lastRetryCost: 0, done: false, finish, extra };
      send(call);
      return call;
    },
    onResponse(attempt, outcome) { if (!attempt.done) settle(attempt, outcome); },
    onTimeout(attempt) { if (!attempt.done) settle(attempt, 'timeout'); },
    retryNow(call) { if (!call.done) send(call); },
    tick() { breaker?.tick(k.now); },
    stats: () => ({ calls, attempts, amplification: calls ? attempts / calls : 0, retriesDenied: budget?.denied ?? 0, byOutcome: byOutcome.read() }),
  };
  return site;
}

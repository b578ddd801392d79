// Retry budgets: limits on how much retrying a caller may add, so retries cannot turn an outage
// into a storm.
//  • token-bucket (AWS SDK standard mode's retry quota): starts full; a retry needs and spends
//    `retryCost` tokens (`timeoutCost` after a timeout); a success puts back what its own retry
//    cost, or `successRefill` when it needed no retry; never above capacity.
//  • ratio (Finagle RetryBudget, Envoy's retry budget): over the last 10 s, retries may be at most
//    `percent` % of requests, plus a reserve of `minPerSec` per second.
import type { RetryBudgetSpec } from './retryPolicy';

export type RetryBudget = {
  /** Asks to spend for one retry after a failure of this kind; false = do not retry. */
  tryRetry(afterTimeout: boolean, nowMs: number): boolean;
  /** A first attempt was sent (the ratio budget counts them). */
  request(nowMs: number): void;
  /** A request succeeded; `retryCost` is what its last retry spent (0 if it needed none). */
  success(retryCost: number): void;
  readonly level: number;
  readonly denied: number;
};

/** What a retry after this failure would cost from a token bucket. */
export function retryCostOf(spec: RetryBudgetSpec | null, afterTimeout: boolean): number {
  return spec?.kind === 'token-bucket' ? (afterTimeout ? spec.timeoutCost : spec.retryCost) : 0;
}

const RATIO_WINDOW_MS = 10_000; // Finagle's default TTL for deposits

export function createRetryBudget(spec: RetryBudgetSpec): RetryBudget {
  let denied = 0;
  if (spec.kind === 'token-bucket') {
    let tokens = spec.capacity;
    return {
      tryRetry(afterTimeout) {
        const cost = afterTimeout ? spec.timeoutCost : spec.retryCost;
        if (tokens < cost) { denied++; return false; }
        tokens -= cost;
        return true;
      },
      request() {},
      success(retryCost) { tokens = Math.min(spec.capacity, tokens + (retryCost > 0 ? retryCost : spec.successRefill)); },
      get level() { return tokens; },
      get denied() { return denied; },
    };
  }
  const requests: number[] = [];
  const retries: number[] = [];
  let rHead = 0, tHead = 0;
  const expire = (nowMs: number) => {
    while (rHead < requests.length && requests[rHead] <= nowMs - RATIO_WINDOW_MS) rHead++;
    while (tHead < retries.length && retries[tHead] <= nowMs - RATIO_WINDOW_MS) tHead++;
    if (rHead > 4096) { requests.splice(0, rHead); rHead = 0; }
    if (tHead > 4096) { retries.splice(0, tHead); tHead = 0; }
  };
  let lastNow = 0;
  const allowance = () => ((requests.length - rHead) * spec.percent) / 100 + (spec.minPerSec * RATIO_WINDOW_MS) / 1000;
  return {
    tryRetry(_afterTimeout, nowMs) {
      expire(nowMs);
      lastNow = nowMs;
      if (retries.length - tHead + 1 > allowance()) { denied++; return false; }
      retries.push(nowMs);
      return true;
    },
    request(nowMs) { expire(nowMs); lastNow = nowMs; requests.push(nowMs); },
    success() {},
    get level() { expire(lastNow); return allowance() - (retries.length - tHead); },
    get denied() { return denied; },
  };
}

// Retry policies: presets and defaults (SCENARIO-FORMAT.md, SEMANTICS.md "Retries").
import type { Outcome } from '../api';

export type Jitter = 'none' | 'full' | 'equal' | 'decorrelated' | 'additive';
export type RetryBudgetSpec =
  | { kind: 'token-bucket'; capacity: number; retryCost: number; timeoutCost: number; successRefill: number }
  | { kind: 'ratio'; percent: number; minPerSec: number };

export type RetrySettings = {
  maxAttempts: number;
  backoff: 'none' | 'constant' | 'exponential';
  baseMs: number;
  capMs: number;
  multiplier: number;
  jitter: Jitter;
  retryOn: readonly Outcome[];
  budget: RetryBudgetSpec | null;
};

export type RetryPresetName = 'aws-sdk' | 'envoy' | 'article' | 'naive';

const EVERY_FAILURE: Outcome[] = ['error', 'timeout', 'rejected', 'shed', 'unavailable', 'lost'];

// Without a preset (SCENARIO-FORMAT.md): 3 attempts, exponential from 100 ms doubling to 10 s, full jitter.
const DEFAULTS: RetrySettings = {
  maxAttempts: 3, backoff: 'exponential', baseMs: 100, capMs: 10_000, multiplier: 2, jitter: 'full',
  retryOn: EVERY_FAILURE, budget: null,
};

export const RETRY_PRESETS: Record<RetryPresetName, RetrySettings> = {
  // AWS SDKs, standard mode: 3 attempts, exponential backoff from 100 ms capped at 20 s with full
  // jitter, and a 500-token retry quota (5 per retry, 10 after a timeout, 1 back per success).
  'aws-sdk': { ...DEFAULTS, maxAttempts: 3, baseMs: 100, capMs: 20_000,
    budget: { kind: 'token-bucket', capacity: 500, retryCost: 5, timeoutCost: 10, successRefill: 1 } },
  // Envoy: num_retries 1 (2 attempts), 25 ms base, max interval 10 × base = 250 ms, full jitter,
  // and a retry budget of 20 % of active requests with a floor of 3.
  envoy: { ...DEFAULTS, maxAttempts: 2, baseMs: 25, capMs: 250, budget: { kind: 'ratio', percent: 20, minPerSec: 3 } },
  // The common hand-written loop: 4 attempts, doubling from 100 ms, plus up to one base of jitter.
  article: { ...DEFAULTS, maxAttempts: 4, baseMs: 100, jitter: 'additive' },
  // Retry at once, three more times.
  naive: { ...DEFAULTS, maxAttempts: 4, backoff: 'none', jitter: 'none' },
};

export type RetryPolicyInput = Partial<Omit<RetrySettings, 'budget' | 'retryOn'>> & {
  preset?: RetryPresetName;
  retryOn?: readonly Outcome[];
  budget?: { kind: 'token-bucket'; capacity?: number; retryCost?: number; timeoutCost?: number; successRefill?: number }
    | { kind: 'ratio'; percent?: number; minPerSec?: number };
};

function resolveBudget(b: RetryPolicyInput['budget'], base: RetryBudgetSpec | null): RetryBudgetSpec | null {
  if (!b) return base;
  if (b.kind === 'token-bucket') {
    const d = base?.kind === 'token-bucket' ? base : RETRY_PRESETS['aws-sdk'].budget as Extract<RetryBudgetSpec, { kind: 'token-bucket' }>;
    return { kind: 'token-bucket', capacity: b.capacity ?? d.capacity, retryCost: b.retryCost ?? d.retryCost,
      timeoutCost: b.timeoutCost ?? d.timeoutCost, successRefill: b.successRefill ?? d.successRefill };
  }
  const d = base?.kind === 'ratio' ? base : { percent: 20, minPerSec: 10 }; // Finagle: 20 %, 10 retries/s
  return { kind: 'ratio', percent: b.percent ?? d.percent, minPerSec: b.minPerSec ?? d.minPerSec };
}

export function resolveRetry(p: RetryPolicyInput): RetrySettings {
  const base = p.preset ? RETRY_PRESETS[p.preset] : DEFAULTS;
  return {
    maxAttempts: p.maxAttempts ?? base.maxAttempts,
    backoff: p.backoff ?? base.backoff,
    baseMs: p.baseMs ?? base.baseMs,
    capMs: p.capMs ?? base.capMs,
    multiplier: p.multiplier ?? base.multiplier,
    jitter: p.jitter ?? base.jitter,
    retryOn: p.retryOn ?? base.retryOn,
    budget: resolveBudget(p.budget, base.budget),
  };
}

// Job-queue settings: presets and retry delays (SEMANTICS.md "Job queues").
import type { Rng } from '../core/rng';
import { backoffMs } from './backoff';
import { resolveRetry, type RetryPolicyInput, type RetrySettings } from './retryPolicy';

export type QueuePresetName = 'sqs' | 'bullmq' | 'sidekiq';

export type QueueSettings = {
  visibilityTimeoutMs: number;
  maxReceiveCount: number;
  deadLetter: boolean;
  /** How long a failed job stays invisible before its next delivery, by receive count. */
  retryDelay: { kind: 'policy'; settings: RetrySettings } | { kind: 'sidekiq' } | { kind: 'none' };
  /** BullMQ moves a job that stalled more than this many times to failed; null = no limit. */
  maxStalls: number | null;
};

/** Sidekiq's default retry delay: retry n (from 0) waits n⁴ + 15 + rand(10 × (n + 1)) seconds. */
export function sidekiqDelayMs(retry: number, rng: Rng): number {
  return (Math.pow(retry, 4) + 15 + rng.next() * 10 * (retry + 1)) * 1000;
}

type QueueInput = {
  preset?: QueuePresetName; visibilityTimeoutMs?: number; maxReceiveCount?: number; deadLetter?: boolean;
  retryDelay?: RetryPolicyInput;
};

export function resolveQueue(q: QueueInput): QueueSettings {
  const retryDelay: QueueSettings['retryDelay'] = q.retryDelay ? { kind: 'policy', settings: resolveRetry(q.retryDelay) } : { kind: 'none' };
  switch (q.preset) {
    case 'bullmq':
      // BullMQ: lock duration 30 s, `attempts` as set, exponential backoff 2^(k−1) × delay with no
      // jitter, and maxStalledCount 1: a job whose lock expired twice is failed.
      return {
        visibilityTimeoutMs: q.visibilityTimeoutMs ?? 30_000, maxReceiveCount: q.maxReceiveCount ?? 5, deadLetter: q.deadLetter ?? true,
        retryDelay: { kind: 'policy', settings: resolveRetry({ backoff: 'exponential', multiplier: 2, jitter: 'none', capMs: 1e12,
          baseMs: q.retryDelay?.baseMs ?? 1000 }) },
        maxStalls: 1,
      };
    case 'sidekiq':
      // Sidekiq: 25 retries (26 deliveries) on its n⁴ + 15 s schedule, then the dead set.
      return { visibilityTimeoutMs: q.visibilityTimeoutMs ?? 30_000, maxReceiveCount: q.maxReceiveCount ?? 26,
        deadLetter: q.deadLetter ?? true, retryDelay: { kind: 'sidekiq' }, maxStalls: null };
    default:
      // SQS: visibility timeout 30 s; a failed message is visible again when released.
      return { visibilityTimeoutMs: q.visibilityTimeoutMs ?? 30_000, maxReceiveCount: q.maxReceiveCount ?? 5,
        deadLetter: q.deadLetter ?? true, retryDelay, maxStalls: null };
  }
}

/** Delay before the next delivery of a job that failed on delivery `receiveCount` (1 = first). */
export function retryDelayMs(s: QueueSettings, receiveCount: number, rng: Rng, previousMs: number): number {
  switch (s.retryDelay.kind) {
    case 'none': return 0;
    case 'sidekiq': return sidekiqDelayMs(receiveCount - 1, rng);
    case 'policy': return backoffMs(receiveCount, s.retryDelay.settings, rng, previousMs || s.retryDelay.settings.baseMs);
  }
}

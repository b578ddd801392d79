// A queue's books and series: depth, in flight, age of the oldest job, deliveries and
// redeliveries, completions and failures per bucket, dead letters, duplicates.
import type { QueueSummary } from '../metrics/summaryTypes';
import type { Kernel, QueueJob } from '../sim/types';

export function createQueueStats(id: string, k: Kernel, counts: { waiting: number; inFlight: number }, deadSize: () => number, oldestAgeMs: () => number) {
  let enqueued = 0, completed = 0, failedCount = 0, deadLettered = 0, discarded = 0, deliveries = 0, redeliveries = 0;
  let duplicateSideEffects = 0, duplicatesSuppressed = 0, maxDepth = 0, waitSum = 0, firstDeliveries = 0, redriven = 0;
  const series = {
    enqueued: k.counter(`queue:${id}:enqueued`), completions: k.counter(`queue:${id}:completions`),
    failures: k.counter(`queue:${id}:failures`), deadLettered: k.counter(`queue:${id}:deadLettered`),
  };
  k.gauge(`queue:${id}:depth`, () => counts.waiting);
  k.gauge(`queue:${id}:inFlight`, () => counts.inFlight);
  k.gauge(`queue:${id}:oldestAgeMs`, oldestAgeMs);
  k.gauge(`queue:${id}:deadLetter`, deadSize);
  return {
    get enqueuedCount() { return enqueued; },
    get completedCount() { return completed; },
    enqueued() { enqueued++; series.enqueued(); if (counts.waiting > maxDepth) maxDepth = counts.waiting; },
    delivered(job: QueueJob, nowMs: number) {
      deliveries++;
      if (job.receiveCount > 1) redeliveries++;
      else { firstDeliveries++; waitSum += nowMs - job.enqueuedAtMs; }
    },
    completed() { completed++; series.completions(); },
    failed() { failedCount++; series.failures(); },
    deadLettered() { deadLettered++; series.deadLettered(); },
    discarded() { discarded++; },
    redriven() { redriven++; deadLettered--; },
    duplicate() { duplicateSideEffects++; },
    suppressed() { duplicatesSuppressed++; },
    summary(): QueueSummary {
      const waiting = counts.waiting, inFlight = counts.inFlight;
      return {
        enqueued, completed, deadLettered, discarded, waiting, inFlight, deliveries, redeliveries, failures: failedCount,
        duplicateSideEffects, duplicatesSuppressed, maxDepth, meanWaitMs: firstDeliveries ? waitSum / firstDeliveries : 0, redriven,
        booksBalance: enqueued === completed + deadLettered + discarded + waiting + inFlight,
      };
    },
  };
}

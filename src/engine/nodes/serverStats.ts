// A server's books: counts, time-weighted busy slots (utilisation), queue wait and response
// times, the longest queue, time spent down, and its per-bucket series.
import type { ServerSummary } from '../metrics/summaryTypes';
import type { Job, Kernel } from '../sim/types';

export function createServerStats(id: string, k: Kernel, queueLength: () => number, inSlots: () => number) {
  let arrivals = 0, completed = 0, errors = 0, shed = 0, refused = 0, lost = 0;
  let served = 0, waitSum = 0, responseSum = 0, maxQueue = 0;
  // Work finished for callers that had already given up (timeouts do not cancel work).
  let abandoned = 0, wastedMs = 0;
  // Busy slot-milliseconds since warm-up, integrated at each change.
  let busyArea = 0, busyNow = 0, busySince = 0;
  let downMs = 0, downSince = -1;

  const series = {
    arrivals: k.counter(`node:${id}:arrivals`, { fine: true }), // the herd chart's 100 ms buckets
    completions: k.counter(`node:${id}:completions`),
    errors: k.counter(`node:${id}:errors`),
    shed: k.counter(`node:${id}:shed`),
  };
  k.gauge(`node:${id}:queueLength`, queueLength);
  k.gauge(`node:${id}:inFlight`, () => queueLength() + inSlots());

  function integrate(nowMs: number) {
    const from = Math.max(busySince, k.warmupMs);
    if (nowMs > from) busyArea += busyNow * (nowMs - from);
    busySince = nowMs;
  }

  return {
    arrived() { arrivals++; series.arrivals(); },
    shed() { shed++; series.shed(); },
    refused() { refused++; },
    lost() { lost++; series.errors(); },
    queueChanged(length: number) { if (length > maxQueue) maxQueue = length; },
    busyChanged(nowMs: number, busy: number) { integrate(nowMs); busyNow = busy; },
    downChanged(nowMs: number, down: boolean) {
      if (down && downSince < 0) downSince = nowMs;
      if (!down && downSince >= 0) { downMs += nowMs - downSince; downSince = -1; }
    },
    served(job: Job, nowMs: number, ok: boolean, callerGaveUp: boolean) {
      if (callerGaveUp) { abandoned++; wastedMs += nowMs - job.startMs; }
      if (ok) { completed++; series.completions(); } else { errors++; series.errors(); }
      served++;
      waitSum += job.startMs - job.arrivalMs;
      responseSum += nowMs - job.arrivalMs;
    },
    settle(nowMs: number) { integrate(nowMs); },
    liveCounts(nowMs: number, concurrency: number) {
      integrate(nowMs);
      const span = Math.max(1, nowMs - k.warmupMs);
      return { arrivals, completed, errors, shed, utilization: busyArea / (concurrency * span) };
    },
    summary(kind: 'server' | 'database', nowMs: number, concurrency: number): ServerSummary {
      integrate(nowMs);
      const span = nowMs - k.warmupMs;
      return {
        kind, arrivals, completed, errors, shed, refused, lost,
        utilization: span > 0 ? busyArea / (concurrency * span) : 0,
        meanQueueWaitMs: served ? waitSum / served : 0,
        meanResponseMs: served ? responseSum / served : 0,
        maxQueueLength: maxQueue,
        downMs: downMs + (downSince >= 0 ? nowMs - downSince : 0),
        abandoned, wastedMs,
      };
    },
  };
}

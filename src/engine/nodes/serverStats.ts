// A server's books: counts, time-weighted busy slots (utilisation), queue wait and response
// times, the longest queue, time spent down, and its per-bucket series.
import type { ServerSummary } from '../metrics/summaryTypes';
import type { Job, Kernel } from '../sim/types';

export function createServerStats(id: string, k: Kernel, queueLength: () => number, inSlots: () => number) {
  let arrivals = 0, completed = 0, errors = 0, shed = 0, refused = 0, lost = 0;
  let served = 0, maxQueue = 0, abandoned = 0, busyNow = 0;
  // The sums of times are fields of one object, not `let` variables: V8 boxes every fractional
  // number written to a closure variable (an allocation per write, several per request), while
  // an object field's box is updated in place.
  const ms = {
    waitSum: 0, responseSum: 0,
    // Work finished for callers that had already given up (timeouts do not cancel work).
    wasted: 0,
    // Busy slot-milliseconds since warm-up, integrated at each change.
    busyArea: 0, busySince: 0,
    down: 0, downSince: -1,
  };

  const series = {
    arrivals: k.counter(`node:${id}:arrivals`, { fine: true }), // the herd chart's 100 ms buckets
    completions: k.counter(`node:${id}:completions`),
    errors: k.counter(`node:${id}:errors`),
    shed: k.counter(`node:${id}:shed`),
  };
  k.gauge(`node:${id}:queueLength`, queueLength);
  k.gauge(`node:${id}:inFlight`, () => queueLength() + inSlots());

  function integrate(nowMs: number) {
    const from = Math.max(ms.busySince, k.warmupMs);
    if (nowMs > from) ms.busyArea += busyNow * (nowMs - from);
    ms.busySince = nowMs;
  }

  return {
    arrived() { arrivals++; series.arrivals(); },
    shed() { shed++; series.shed(); },
    refused() { refused++; },
    lost() { lost++; series.errors(); },
    queueChanged(length: number) { if (length > maxQueue) maxQueue = length; },
    busyChanged(nowMs: number, busy: number) { integrate(nowMs); busyNow = busy; },
    downChanged(nowMs: number, down: boolean) {
      if (down && ms.downSince < 0) ms.downSince = nowMs;
      if (!down && ms.downSince >= 0) { ms.down += nowMs - ms.downSince; ms.downSince = -1; }
    },
    served(job: Job, nowMs: number, ok: boolean, callerGaveUp: boolean) {
      if (callerGaveUp) { abandoned++; ms.wasted += nowMs - job.startMs; }
      if (ok) { completed++; series.completions(); } else { errors++; series.errors(); }
      served++;
      ms.waitSum += job.startMs - job.arrivalMs;
      ms.responseSum += nowMs - job.arrivalMs;
    },
    settle(nowMs: number) { integrate(nowMs); },
    liveCounts(nowMs: number, concurrency: number) {
      integrate(nowMs);
      const span = Math.max(1, nowMs - k.warmupMs);
      return { arrivals, completed, errors, shed, utilization: ms.busyArea / (concurrency * span) };
    },
    summary(kind: 'server' | 'database', nowMs: number, concurrency: number): ServerSummary {
      integrate(nowMs);
      const span = nowMs - k.warmupMs;
      return {
        kind, arrivals, completed, errors, shed, refused, lost,
        utilization: span > 0 ? ms.busyArea / (concurrency * span) : 0,
        meanQueueWaitMs: served ? ms.waitSum / served : 0,
        meanResponseMs: served ? ms.responseSum / served : 0,
        maxQueueLength: maxQueue,
        downMs: ms.down + (ms.downSince >= 0 ? nowMs - ms.downSince : 0),
        abandoned, wastedMs: ms.wasted,
      };
    },
  };
}

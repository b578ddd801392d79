// A client's books: logical requests by outcome and route, attempts, end-to-end latency of
// successful requests, and the per-bucket series (ok / failed, and p99 for the page's chart).
import type { Outcome } from '../api';
import { createOutcomeCounts } from '../metrics/outcomeCounts';
import { createHistogram } from '../metrics/histogram';
import type { ClientSummary } from '../metrics/summaryTypes';
import type { Kernel } from '../sim/types';

export function createClientStats(id: string, routes: string[], k: Kernel) {
  const byOutcome = createOutcomeCounts();
  const latency = createHistogram();
  const bucketLatency = createHistogram(); // reset at every bucket close: the chart's p99 line
  // A client with one route shares the overall histogram with it: the same values, recorded once.
  const byRoute = new Map(routes.map((r) => [r, {
    requests: 0, ok: 0, failed: 0, latency: routes.length === 1 ? latency : createHistogram(),
  }]));
  let requests = 0, ok = 0, failed = 0;
  // Requests of one route come in runs (most clients have one route): remember the last lookup.
  let lastRoute: string | null = null, lastBooks = byRoute.values().next().value!;
  const routeBooks = (route: string) => {
    if (route !== lastRoute) { lastBooks = byRoute.get(route)!; lastRoute = route; }
    return lastBooks;
  };
  let doneAtMs: number | null = null; // closed loop with requestsPerUser: when the last user finished
  const okSeries = k.counter(`client:${id}:ok`);
  const failedSeries = k.counter(`client:${id}:failed`);
  k.gauge(`client:${id}:p99`, () => {
    const p99 = bucketLatency.percentile(0.99);
    bucketLatency.reset();
    return p99;
  }, { chartOnly: true });

  return {
    get requests() { return requests; },
    get ok() { return ok; },
    get failed() { return failed; },
    allDone(nowMs: number) { doneAtMs = nowMs; },
    born(route: string) { requests++; routeBooks(route).requests++; },
    ended(route: string, outcome: Outcome, latencyMs: number) {
      byOutcome.add(outcome);
      if (outcome === 'ok') {
        ok++;
        okSeries();
        latency.record(latencyMs);
        bucketLatency.record(latencyMs);
        const r = routeBooks(route);
        r.ok++;
        if (r.latency !== latency) r.latency.record(latencyMs);
      } else {
        failed++;
        failedSeries();
        routeBooks(route).failed++;
      }
    },
    live(inFlight: number, attempts: number) {
      return {
        id, requests, ok, failed, inFlight, byOutcome: byOutcome.read(), p50: latency.percentile(0.5), p99: latency.percentile(0.99),
        amplification: requests ? attempts / requests : 0,
        byRoute: Object.fromEntries([...byRoute].map(([name, r]) => [name, { requests: r.requests, ok: r.ok, failed: r.failed }])),
      };
    },
    /** `attempts` comes from the client's call site, which also counts attempts still in flight. */
    summary(attempts: number): ClientSummary {
      return {
        requests, ok, byOutcome: byOutcome.read(), attempts, latencyMs: latency.summary(),
        ...(doneAtMs !== null && { doneAtMs }),
        byRoute: Object.fromEntries([...byRoute].map(([name, r]) => [name, { requests: r.requests, ok: r.ok, latencyMs: r.latency.summary() }])),
      };
    },
  };
}

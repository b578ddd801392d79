// The small live picture the page gets with every frame.
import type { ChartPoint, LiveSnapshot } from '../api';
import type { SeriesSet } from '../metrics/series';
import { availabilityOf } from '../metrics/availability';
import type { BuiltNodes } from './buildNodes';
import { readParts } from './snapshotParts';
import type { RequestTracer } from '../metrics/requestTraces';

export function readSnapshot(nowMs: number, events: number, nodes: BuiltNodes, inFlight: number, chart: SeriesSet, fine: SeriesSet, spof: string[], tracer: RequestTracer | null): LiveSnapshot {
  const clients = nodes.clients.map((c) => c.stats.live(0, c.site.stats().attempts));
  // Split the live in-flight count by client for display; the total is what the books hold.
  const totals = { requests: 0, ok: 0, failed: 0, inFlight };
  for (const c of clients) {
    totals.requests += c.requests;
    totals.ok += c.ok;
    totals.failed += c.failed;
    c.inFlight = c.requests - c.ok - c.failed;
  }
  const oks = nodes.clients.map((c) => chart.read(`client:${c.id}:ok`));
  const faileds = nodes.clients.map((c) => chart.read(`client:${c.id}:failed`));
  const p99s = nodes.clients.map((c) => chart.read(`client:${c.id}:p99`));
  const points: ChartPoint[] = [];
  const n = oks[0]?.length ?? 0;
  for (let i = 0; i < n; i++) {
    let ok = 0, failed = 0, p99 = 0;
    for (let c = 0; c < oks.length; c++) {
      ok += oks[c][i];
      failed += faileds[c][i];
      p99 = Math.max(p99, p99s[c][i]);
    }
    points.push({ startMs: chart.firstStartMs + i * chart.bucketMs, ok, failed, p99 });
  }
  return {
    simMs: nowMs,
    events,
    nodes: nodes.all.filter((r) => r.kind !== 'client').map((r) => r.live()),
    clients,
    totals,
    availability: availabilityOf(totals.ok, totals.ok + totals.failed),
    chart: { bucketMs: chart.bucketMs, points },
    ...readParts(nodes, chart, fine),
    singlePointsOfFailure: spof,
    ...(tracer && { traces: tracer.read() }),
  };
}

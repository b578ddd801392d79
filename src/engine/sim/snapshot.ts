// The small live picture the page gets with every frame.
import type { ChartPoint, LiveSnapshot } from '../api';
import type { SeriesSet } from '../metrics/series';
import { availabilityOf } from '../metrics/availability';
import type { BuiltNodes } from './buildNodes';

export function readSnapshot(nowMs: number, events: number, nodes: BuiltNodes, inFlight: number, chart: SeriesSet): LiveSnapshot {
  const clients = nodes.clients.map((c) => c.stats.live(0));
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
  const { ratio, nines } = availabilityOf(totals.ok, totals.ok + totals.failed);
  return {
    simMs: nowMs,
    events,
    nodes: nodes.all.filter((r) => r.kind !== 'client').map((r) => r.live()),
    clients,
    totals,
    availability: { ratio, nines },
    chart: { bucketMs: chart.bucketMs, points },
  };
}

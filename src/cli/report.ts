// The human-readable report of a run.
import type { Summary } from '../engine';

const pct = (x: number) => `${(x * 100).toFixed(3)} %`;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

export function formatReport(title: string, s: Summary): string {
  const lines: string[] = [];
  lines.push(`${title}`, `seed ${s.seed} · ${(s.simulatedMs / 1000).toFixed(1)} s simulated · ${s.events.toLocaleString('en')} events`, '');
  for (const [id, c] of Object.entries(s.clients)) {
    const failures = Object.entries(c.byOutcome).filter(([o, n]) => o !== 'ok' && n > 0).map(([o, n]) => `${o} ${n}`);
    lines.push(`client ${id}: ${c.requests} requests, ${c.ok} ok${failures.length ? `, ${failures.join(', ')}` : ''} (${c.attempts} attempts)`);
    const l = c.latencyMs;
    lines.push(`  latency of ok requests: mean ${ms(l.mean)}  p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}  max ${ms(l.max)}`);
  }
  lines.push('');
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.kind === 'balancer') {
      const routed = Object.entries(n.routed).map(([t, k]) => `${t} ${k}`).join(', ');
      lines.push(`balancer ${id}: routed ${routed}; no healthy upstream ${n.noHealthyUpstream}`);
      for (const t of n.healthTransitions) lines.push(`  ${(t.atMs / 1000).toFixed(3)} s  ${t.target} → ${t.to}`);
    } else if (n.kind === 'workers') {
      lines.push(`workers ${id}: ${n.concurrency} workers, ${n.processed} jobs processed, ${n.failures} failed`);
    } else if (n.kind === 'virtual-ip') {
      lines.push(`virtual-ip ${id}: master now ${n.master}`);
      for (const t of n.transitions) lines.push(`  ${(t.atMs / 1000).toFixed(3)} s  ${t.master} took the address`);
    } else {
      lines.push(`${n.kind} ${id}: ${n.arrivals} arrivals, ${n.completed} ok, ${n.errors} errors, ${n.shed} shed, ${n.lost} lost, ${n.refused} refused`);
      lines.push(`  utilization ${pct(n.utilization)}  mean queue wait ${ms(n.meanQueueWaitMs)}  mean response ${ms(n.meanResponseMs)}  max queue ${n.maxQueueLength}  down ${(n.downMs / 1000).toFixed(1)} s`);
      if (n.lostWrites !== undefined)
        lines.push(`  writes acknowledged ${n.acknowledgedWrites}, lost in failover ${n.lostWrites}` +
          (n.promotions?.length ? `; standby promoted at ${n.promotions.map((p) => `${(p.atMs / 1000).toFixed(3)} s`).join(', ')}` : ''));
      if (n.affinity) lines.push(`  warm cache: ${n.affinity.hits} hits, ${n.affinity.misses} misses`);
    }
  }
  const a = s.availability;
  lines.push('', `availability ${pct(a.ratio)} (${a.nines === null ? 'no failures' : `${a.nines.toFixed(2)} nines`}, ${a.downtimePerYearHours.toFixed(2)} h downtime a year at this rate)`);
  for (const [id, q] of Object.entries(s.queues)) {
    lines.push(`queue ${id}: ${q.enqueued} enqueued, ${q.completed} completed, ${q.deadLettered} dead-lettered, ${q.discarded} discarded, ${q.waiting} waiting, ${q.inFlight} in flight (books ${q.booksBalance ? 'balance' : 'DO NOT BALANCE'})`);
    lines.push(`  ${q.deliveries} deliveries (${q.redeliveries} redeliveries), max depth ${q.maxDepth}, mean wait ${ms(q.meanWaitMs)}, duplicate side effects ${q.duplicateSideEffects}, suppressed ${q.duplicatesSuppressed}`);
  }
  lines.push('');
  lines.push(`single points of failure: ${s.singlePointsOfFailure.length ? s.singlePointsOfFailure.join(', ') : 'none'}`);
  const c = s.conservation;
  lines.push(`conservation ${c.holds ? 'holds' : 'BROKEN'}: ${c.generated} generated = ${c.terminal} finished + ${c.inFlight} in flight`, '');
  return lines.join('\n');
}

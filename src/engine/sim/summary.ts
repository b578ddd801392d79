// The summary object of SCENARIO-FORMAT.md, read from the nodes' books at the end of a run.
import type { Scenario } from '../scenario/schema';
import type { NodeSeries, QueueSeries, ServerSummary, Summary } from '../metrics/summaryTypes';
import type { SeriesSet } from '../metrics/series';
import { availabilityOf } from '../metrics/availability';
import type { BuiltNodes } from './buildNodes';
import { singlePointsOfFailure } from '../scenario/spof';

type Input = {
  scenario: Scenario; seed: number; now: number; events: number; nodes: BuiltNodes;
  books: { generated: number; ended: number; endedTwice: number };
  exported: SeriesSet | null;
};

export function buildSummary({ scenario, seed, now, events, nodes, books, exported }: Input): Summary {
  const clients: Summary['clients'] = {};
  let ok = 0, finished = 0, terminal = 0;
  for (const c of nodes.clients) {
    const s = c.stats.summary(c.site.stats().attempts);
    clients[c.id] = s;
    ok += s.ok;
    finished += s.ok + c.stats.failed;
    for (const n of Object.values(s.byOutcome)) terminal += n;
  }
  const summaryNodes: Summary['nodes'] = {};
  for (const n of nodes.all) {
    const server = nodes.servers.find((s) => s.runtime === n);
    if (server) {
      const affinity = server.runtime.affinity();
      summaryNodes[n.id] = { ...server.runtime.stats.summary(server.kind, now, server.concurrency), ...(affinity && { affinity }) };
    }
    const balancer = nodes.balancers.find((b) => b === n);
    if (balancer) summaryNodes[n.id] = balancer.summary();
    const db = nodes.databases.find((d) => d === n);
    if (db) summaryNodes[n.id] = { ...summaryNodes[n.id] as ServerSummary, ...db.failover() };
    const vip = nodes.virtualIps.find((v) => v === n);
    if (vip) summaryNodes[n.id] = vip.summary();
    const pool = nodes.workers.find((w) => w === n);
    if (pool) summaryNodes[n.id] = pool.summary();
  }
  const inFlight = books.generated - books.ended;
  const breakers: Summary['breakers'] = {};
  const callSites: Summary['callSites'] = {};
  const allSites = [...nodes.clients.map((c) => c.site), ...nodes.servers.flatMap((s) => [...s.runtime.sites.values()]),
    ...nodes.workers.flatMap((w) => [...w.sites.values()])];
  const queues = Object.fromEntries(nodes.queues.map((q) => [q.id, q.stats.summary()]));
  for (const site of allSites) {
    callSites[site.key] = site.stats();
    if (site.breaker) breakers[site.key] = { transitions: [...site.breaker.transitions], rejected: site.breaker.rejected, ignoredResults: site.breaker.ignored };
  }
  const summary: Summary = {
    format: 'resilience-playground/summary@1',
    seed,
    simulatedMs: now,
    events,
    clients,
    nodes: summaryNodes,
    singlePointsOfFailure: singlePointsOfFailure(scenario),
    breakers,
    callSites,
    queues,
    availability: availabilityOf(ok, finished),
    conservation: {
      holds: books.endedTwice === 0 && terminal === books.ended && books.generated === terminal + inFlight
        && Object.values(queues).every((q) => q.booksBalance),
      generated: books.generated,
      terminal,
      inFlight,
    },
  };
  if (exported) summary.series = readSeries(exported, nodes);
  return summary;
}

function readSeries(set: SeriesSet, nodes: BuiltNodes): NonNullable<Summary['series']> {
  const keys: (keyof NodeSeries)[] = ['arrivals', 'completions', 'errors', 'shed', 'queueLength', 'inFlight'];
  const seriesNodes: Record<string, NodeSeries> = {};
  for (const { runtime } of nodes.servers)
    seriesNodes[runtime.id] = Object.fromEntries(keys.map((key) => [key, set.read(`node:${runtime.id}:${key}`)])) as NodeSeries;
  const clients = Object.fromEntries(nodes.clients.map((c) => [c.id, {
    ok: set.read(`client:${c.id}:ok`), failed: set.read(`client:${c.id}:failed`),
  }]));
  const queueKeys = ['depth', 'inFlight', 'deadLettered', 'oldestAgeMs', 'completions', 'failures'] as const;
  const queues = Object.fromEntries(nodes.queues.map((q) => [q.id,
    Object.fromEntries(queueKeys.map((key) => [key, set.read(`queue:${q.id}:${key}`)])) as QueueSeries]));
  return { bucketMs: set.bucketMs, nodes: seriesNodes, clients, queues };
}

// The parts of the live snapshot that later patterns added: breakers, call sites, queues, the
// extra one-second series and the 100 ms arrivals at each server.
import type { LiveSnapshot } from '../api';
import type { SeriesSet } from '../metrics/series';
import type { BuiltNodes } from './buildNodes';

const QUEUE_KEYS = ['depth', 'inFlight', 'oldestAgeMs', 'completions', 'failures', 'deadLettered'];

export function readParts(nodes: BuiltNodes, chart: SeriesSet, fine: SeriesSet):
  Pick<LiveSnapshot, 'series' | 'fine' | 'breakers' | 'callSites' | 'queues'> {
  const sites = [...nodes.clients.map((c) => c.site), ...nodes.servers.flatMap((s) => [...s.runtime.sites.values()]),
    ...nodes.workers.flatMap((w) => [...w.sites.values()])];
  const breakers: LiveSnapshot['breakers'] = {};
  const callSites: LiveSnapshot['callSites'] = {};
  for (const site of sites) {
    const owner = site.key.slice(0, site.key.indexOf('->'));
    const st = site.stats();
    callSites[site.key] = { owner, target: site.target, calls: st.calls, attempts: st.attempts, amplification: st.amplification, retriesDenied: st.retriesDenied };
    if (site.breaker) {
      breakers[site.key] = { owner, target: site.target, state: site.breaker.state, rejected: site.breaker.rejected,
        transitions: site.breaker.transitions.slice(-50) };
    }
  }
  const series: Record<string, number[]> = {};
  const queues: LiveSnapshot['queues'] = {};
  for (const q of nodes.queues) {
    for (const key of QUEUE_KEYS) series[`queue:${q.id}:${key}`] = chart.read(`queue:${q.id}:${key}`);
    const s = q.stats.summary();
    const live = q.live();
    queues[q.id] = { ...s, oldestAgeMs: live.queue?.oldestAgeMs ?? 0, tokens: q.tokens() };
  }
  const arrivals: Record<string, number[]> = {};
  for (const { runtime } of nodes.servers) {
    series[`node:${runtime.id}:arrivals`] = chart.read(`node:${runtime.id}:arrivals`);
    arrivals[runtime.id] = fine.read(`node:${runtime.id}:arrivals`);
  }
  return { series, fine: { bucketMs: fine.bucketMs, startMs: fine.firstStartMs, arrivals }, breakers, callSites, queues };
}

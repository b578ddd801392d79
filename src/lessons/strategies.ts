// Issue 3, lesson 3: each balancing strategy has a strength and a trap. Four setups: costly
// requests (round robin vs least connections vs power of two), sticky hashing with a hot client,
// and a weighted canary that turns out bad.
import type { Lesson, ScenarioJson } from './types';

const base = { format: 'resilience-playground/scenario@1', seed: 4, durationMs: 120_000, network: { latencyMs: 1 }, faults: [] };
const check = { intervalMs: 1000, timeoutMs: 500, rise: 2, fall: 2 };

// One request in 200 is a report that takes 2 s, 100× a page: the server that happens to get a
// few at once has its slots blocked, and round robin keeps sending it its share anyway.
const heavyServer = (id: string) => ({
  id, kind: 'server', concurrency: 3, queueLimit: 200,
  serviceTime: { dist: 'exponential', meanMs: 20 },
  routes: { '/report': { serviceTime: { dist: 'constant', ms: 2000 } } },
});
const heavy: ScenarioJson = {
  ...base, title: 'Some requests cost 100×',
  nodes: [
    { id: 'users', kind: 'client', target: 'lb', timeoutMs: 5000, arrivals: { process: 'poisson', ratePerSec: 150 },
      routes: [{ name: '/page', weight: 199 }, { name: '/report', weight: 1 }] },
    { id: 'lb', kind: 'balancer', strategy: 'round-robin', targets: ['s1', 's2', 's3'], healthCheck: check },
    heavyServer('s1'), heavyServer('s2'), heavyServer('s3'),
  ],
};

// A warm per-client cache: a client the server has not seen recently pays 40 ms extra. A few
// addresses send most of the traffic (Zipf 1.2), which hashing pins to one server.
const warmServer = (id: string) => ({
  id, kind: 'server', concurrency: 6, queueLimit: 200, serviceTime: { dist: 'exponential', meanMs: 15 },
  affinity: { capacity: 300, missPenaltyMs: 40 },
});
const sticky: ScenarioJson = {
  ...base, title: 'Sticky routing by client address',
  nodes: [
    { id: 'users', kind: 'client', target: 'lb', timeoutMs: 3000, arrivals: { process: 'poisson', ratePerSec: 200 },
      sources: { count: 1000, zipf: 1.2 } },
    { id: 'lb', kind: 'balancer', strategy: 'ip-hash', targets: ['s1', 's2', 's3', 's4'], healthCheck: check },
    warmServer('s1'), warmServer('s2'), warmServer('s3'), warmServer('s4'),
  ],
};

// 80/20 by weight: two stable servers of weight 2 and a canary of weight 1 — and the canary's
// new build fails a third of its requests.
const canary: ScenarioJson = {
  ...base, title: 'A weighted canary release',
  nodes: [
    { id: 'users', kind: 'client', target: 'lb', timeoutMs: 3000, arrivals: { process: 'poisson', ratePerSec: 150 } },
    { id: 'lb', kind: 'balancer', strategy: 'weighted-round-robin', weights: { stable1: 2, stable2: 2, canary: 1 },
      targets: ['stable1', 'stable2', 'canary'], healthCheck: check },
    { id: 'stable1', kind: 'server', concurrency: 6, serviceTime: { dist: 'exponential', meanMs: 20 } },
    { id: 'stable2', kind: 'server', concurrency: 6, serviceTime: { dist: 'exponential', meanMs: 20 } },
    { id: 'canary', kind: 'server', label: 'new build', concurrency: 6, errorRate: 0.3, serviceTime: { dist: 'exponential', meanMs: 20 } },
  ],
};

export const strategies: Lesson = {
  id: 'strategies',
  title: 'Choosing a balancing strategy',
  text: `Every balancer picks a server per request; *how* it picks decides who suffers when things are uneven. Click **lb** to change its strategy and weights; the run replays from the start with the new setting.

**Costly requests.** One request in 200 is a report that takes 2 s. With **round robin** each server gets its turn no matter how busy it is, so pages queue behind reports. Switch to **least-connections**: it sends to the server with the fewest requests in hand. Try **power-of-two** too: it compares only two random servers, nearly as good and cheap at scale.

**Sticky routing.** With **ip-hash** each address always lands on the same server, whose warm cache saves 40 ms. But a few addresses send most traffic: one server runs hot. Kill a server: with ip-hash (modulo) most clients move and start cold; with **consistent-hash** only that server's clients move.

**Canary.** **weighted-round-robin** gives the canary 1 share in 5 (20 %). Its new build fails a third of requests. Set its weight to 0 to roll it back.

What you should have seen:
- **round robin** — simple and fair by count; blind to cost.
- **least-connections** — follows real load; needs the balancer to track every request.
- **power-of-two** — nearly least-connections with two looks; fine with many balancers.
- **ip-hash / consistent-hash** — sticky and cache-friendly; hot spots, and a lost server remaps everyone (modulo) or only its share (ring).
- **weighted** — controlled rollouts; a bad canary still hurts its share until someone acts.

**Takeaway:** no strategy is best. Pick the one whose trap you can live with for your traffic.`,
  scenario: heavy,
  variants: [
    { id: 'sticky', label: 'Sticky routing', scenario: sticky },
    { id: 'canary', label: 'Canary', scenario: canary },
  ],
  goals: [
    {
      id: 'least-connections',
      text: 'Costly requests: with least-connections, keep p99 under 300 ms',
      check: { kind: 'latency', maxP99Ms: 300, afterMs: 30_000, variant: '',
        requires: { path: 'nodes[1].strategy', equals: 'least-connections', hint: 'Set lb’s strategy to least-connections.' } },
    },
    {
      id: 'ring-survives',
      text: 'Sticky routing: with consistent-hash, kill a server and keep 99 % of requests ok',
      check: { kind: 'after-kill', nodeKind: 'server', waitMs: 10_000, min: 0.99, variant: 'sticky',
        requires: { path: 'nodes[1].strategy', equals: 'consistent-hash', hint: 'Set lb’s strategy to consistent-hash.' } },
    },
    {
      id: 'canary-rollback',
      text: 'Canary: roll it back (weight 0) and get 99.5 % of requests ok again',
      check: { kind: 'recent-ok', min: 0.995, afterMs: 10_000, variant: 'canary',
        requires: { path: 'nodes[1].weights.canary', equals: 0, hint: 'Set the canary’s weight to 0.' } },
    },
  ],
};

// Issue 3, lesson 4: stateless servers in active-active absorb a crash at once; a database in
// active-passive fails over only after detection and promotion, and loses its replication lag.
import type { Lesson, ScenarioJson } from './types';

const api = (id: string) => ({
  id, kind: 'server', concurrency: 8, queueLimit: 100, serviceTime: { dist: 'exponential', meanMs: 10 },
  calls: [{ target: 'db', timeoutMs: 1000 }],
});

const scenario: ScenarioJson = {
  format: 'resilience-playground/scenario@1',
  title: 'Two API servers (active-active), one database with a standby (active-passive)',
  seed: 5,
  durationMs: 90_000,
  network: { latencyMs: 1 },
  nodes: [
    { id: 'users', kind: 'client', target: 'lb', timeoutMs: 2000, arrivals: { process: 'poisson', ratePerSec: 100 } },
    // Fast checks so the server half of the lesson is about redundancy, not detection.
    { id: 'lb', kind: 'balancer', strategy: 'least-connections', targets: ['api1', 'api2'],
      healthCheck: { intervalMs: 500, timeoutMs: 250, rise: 2, fall: 2 } },
    api('api1'), api('api2'),
    // Lag 500 ms: the writes of the last half second exist only on the primary.
    { id: 'db', kind: 'database', concurrency: 16, serviceTime: { dist: 'exponential', meanMs: 8 }, writeFraction: 0.3,
      standby: { replicationLagMs: 500, checkIntervalMs: 1000, fall: 3, promotionMs: 5000 } },
  ],
  faults: [],
};

export const activePassive: Lesson = {
  id: 'active-passive',
  title: 'Active-active vs active-passive',
  text: `Both API servers serve all the time (*active-active*). They keep no data, so either can answer any request: when one dies the other simply takes everything.

The database is different. Only the *primary* takes writes; a *standby* copies them a little later (here 500 ms behind) and stays idle (*active-passive*). When the primary dies, the standby must first notice (3 missed checks, one a second), then promote itself (5 s). Until then every request that needs the database fails.

- Press **Play**, kill **api1** and watch availability barely move.
- Now kill **db**. Watch the failed line in the chart for about 8 s, then the answers come back from the promoted standby.
- Click \`db\`: the inspector counts the writes lost in the failover — those acknowledged in the last 500 ms before the crash, which never reached the standby. They are gone.

**Takeaway:** stateless tiers fail over instantly; stateful ones pay detection plus promotion in downtime (RTO) and the replication lag in lost data (RPO).`,
  scenario,
  goals: [
    {
      id: 'server-dies',
      text: 'Kill an API server; keep availability above 99 %',
      check: { kind: 'survive-kill', nodeKind: 'server', holdMs: 10_000, minAvailability: 0.99 },
    },
    {
      id: 'db-fails-over',
      text: 'Kill the database; requests succeed again after the standby is promoted',
      check: { kind: 'after-kill', nodeKind: 'database', waitMs: 12_000, min: 0.95 },
    },
  ],
};

// Issue 3, lesson 1: a lone balancer is a single point of failure; a pair behind a floating
// address (VRRP) is not — the backup takes the address over a few seconds after the master dies.
import balancerSpof from '../../examples/balancer-spof.json';
import type { Lesson, ScenarioJson } from './types';

const check = { intervalMs: 2000, timeoutMs: 500, rise: 2, fall: 3 };
const server = { kind: 'server', concurrency: 8, serviceTime: { dist: 'exponential', meanMs: 30 } };

const lone: ScenarioJson = {
  format: 'resilience-playground/scenario@1',
  title: 'Two servers behind one balancer',
  seed: 2,
  durationMs: 60_000,
  network: { latencyMs: 1 },
  nodes: [
    { id: 'users', kind: 'client', target: 'lb', timeoutMs: 1000, arrivals: { process: 'poisson', ratePerSec: 100 } },
    { id: 'lb', kind: 'balancer', targets: ['s1', 's2'], healthCheck: check },
    { id: 's1', ...server },
    { id: 's2', ...server },
  ],
  faults: [],
};

// The example kills lb1 on a schedule; here the learner does it.
const pair: ScenarioJson = { ...balancerSpof, title: 'Two balancers share a floating address', faults: [] };

export const noSinglePoint: Lesson = {
  id: 'no-single-point',
  title: 'No single point of failure',
  text: `Two servers protect you from a server crash. But every request still passes through **one balancer**. The page marks such a node **SPOF**: a *single point of failure*, whose loss alone cuts the users off.

- Press **Play**, click **lb** and press **Kill lb**. Nothing reaches the servers any more, however healthy they are.

Now switch to **Balancer pair** above. Users now send to \`vip\`, a *floating address* (VRRP). \`lb1\` holds it and announces that every second; \`lb2\` waits. If the announcements stop for about three intervals, \`lb2\` takes the address.

- Press **Play**, kill the balancer that holds \`vip\` and count the seconds until the answers come back through the other one.
- Press **Reset**, click the master again and this time press **Stop** instead of **Kill**: a balancer that shuts down cleanly says goodbye (an announcement with priority 0), and the backup takes over in about 0.6 s instead of 3.6 s. Planned maintenance is cheap; crashes are what cost you.

**Takeaway:** redundancy only helps where it is complete. Find the node everything passes through, and give it a partner that can take over on its own.`,
  scenario: lone,
  variants: [{ id: 'pair', label: 'Balancer pair', scenario: pair }],
  goals: [
    {
      id: 'lone-balancer-dies',
      text: 'One balancer: kill it and watch everything stop',
      check: { kind: 'after-kill', nodeKind: 'balancer', waitMs: 4000, max: 0.05, variant: '' },
    },
    {
      id: 'vip-takeover',
      text: 'Balancer pair: kill the master, traffic recovers through the backup',
      check: { kind: 'vip-takeover', vip: 'vip', minRecentOk: 0.95, variant: 'pair' },
    },
  ],
};

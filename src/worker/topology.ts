// The drawable shape of a parsed scenario: nodes with their outgoing edges and gauge limits.
// Kept apart from the worker so it can be tested without one.
import type { Scenario, ScenarioNode } from '../engine/scenario/schema';
import type { TopologyNode } from './protocol';

function targetsOf(n: ScenarioNode): string[] {
  switch (n.kind) {
    case 'client': return [n.target];
    case 'balancer': return [...n.targets];
    case 'virtual-ip': return [...n.members];
    case 'workers': {
      // The queue it takes jobs from, then what its handlers call (the email provider).
      const calls = [...(n.calls ?? []), ...Object.values(n.jobs ?? {}).flatMap((j) => j.calls ?? [])];
      return [...new Set([n.source, ...calls.map((c) => c.target)])];
    }
    case 'server':
    case 'database': {
      // Calls made on every request, and those of single routes (`/profile` reads the db), and
      // the queues its requests put jobs on.
      const routes = Object.values(n.routes ?? {});
      const calls = [...(n.calls ?? []), ...routes.flatMap((r) => r.calls ?? [])];
      const enqueue = [...(n.enqueue ?? []), ...routes.flatMap((r) => r.enqueue ?? [])];
      return [...new Set([...calls.map((c) => c.target), ...enqueue.map((e) => e.queue)])];
    }
    case 'queue': return [];
  }
}

function limitsOf(n: ScenarioNode): { concurrency: number; queueLimit?: number } {
  switch (n.kind) {
    case 'server':
    case 'database': return { concurrency: n.concurrency, queueLimit: n.queueLimit };
    case 'workers': return { concurrency: n.concurrency };
    default: return { concurrency: 0 };
  }
}

export function topologyOf(scenario: Scenario): TopologyNode[] {
  return scenario.nodes.map((n) => {
    const { concurrency, queueLimit } = limitsOf(n);
    const node: TopologyNode = { id: n.id, kind: n.kind, targets: targetsOf(n), concurrency };
    if (n.label !== undefined) node.label = n.label;
    if (queueLimit !== undefined) node.queueLimit = queueLimit;
    return node;
  });
}

// The drawable shape of a parsed scenario: nodes with their outgoing edges and gauge limits.
// Kept apart from the worker so it can be tested without one.
import type { Scenario, ScenarioNode } from '../engine/scenario/schema';
import type { TopologyNode } from './protocol';

function targetsOf(n: ScenarioNode): string[] {
  switch (n.kind) {
    case 'client': return [n.target];
    case 'balancer': return [...n.targets];
    case 'virtual-ip': return [...n.members];
    case 'workers': return [n.source];
    case 'server':
    case 'database': {
      // Calls made on every request, and those of single routes (`/profile` reads the db).
      const calls = [...(n.calls ?? []), ...Object.values(n.routes ?? {}).flatMap((r) => r.calls ?? [])];
      return [...new Set(calls.map((c) => c.target))];
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

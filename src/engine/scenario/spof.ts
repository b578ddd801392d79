// Single-point-of-failure analysis: a node is one when its loss alone leaves some client, which
// could be served before, with no way to be served. A client is served when its target is; a
// balancer when any target is; a floating address when any member is; a server or database when
// it is up and every dependency it calls is served. Floating addresses themselves are not
// machines and cannot fail on their own; clients are where the traffic starts.
import type { Scenario, ScenarioNode } from './schema';

function callTargets(n: ScenarioNode): string[] {
  if (n.kind !== 'server' && n.kind !== 'database') return [];
  const calls = [...(n.calls ?? []), ...Object.values(n.routes ?? {}).flatMap((r) => r.calls ?? [])];
  return [...new Set(calls.map((c) => c.target))];
}

function servedClients(s: Scenario, removed: string | null): Set<string> {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, boolean>();
  const serves = (id: string, visiting: Set<string>): boolean => {
    if (id === removed) return false;
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    if (visiting.has(id)) return false; // a cycle serves nothing by itself
    visiting.add(id);
    const n = byId.get(id);
    let ok = false;
    if (n) {
      switch (n.kind) {
        case 'balancer': ok = n.targets.some((t) => serves(t, visiting)); break;
        case 'virtual-ip': ok = n.members.some((m) => serves(m, visiting)); break;
        case 'server':
        case 'database': ok = callTargets(n).every((t) => serves(t, visiting)); break;
        default: ok = false;
      }
    }
    visiting.delete(id);
    memo.set(id, ok);
    return ok;
  };
  const served = new Set<string>();
  for (const n of s.nodes) if (n.kind === 'client' && serves(n.target, new Set())) served.add(n.id);
  return served;
}

export function singlePointsOfFailure(s: Scenario): string[] {
  const before = servedClients(s, null);
  return s.nodes
    .filter((n) => n.kind === 'balancer' || n.kind === 'server' || n.kind === 'database')
    .filter((n) => {
      const after = servedClients(s, n.id);
      return [...before].some((c) => !after.has(c));
    })
    .map((n) => n.id);
}

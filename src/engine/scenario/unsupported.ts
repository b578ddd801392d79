// The parts of format v1 that later issues build. They are validated by the schema and then
// refused here by path, so nothing in a scenario is ever silently ignored.
import type { Scenario } from './schema';

export function unsupportedPaths(s: Scenario): string[] {
  const out: string[] = [];
  s.nodes.forEach((n, i) => {
    const at = (field: string) => out.push(`nodes[${i}].${field}`);
    switch (n.kind) {
      case 'client':
        return;
      case 'balancer':
        return;
      case 'server':
      case 'database':
        if (n.enqueue) at('enqueue');
        for (const [route, o] of Object.entries(n.routes ?? {})) {
          if (o.enqueue) at(`routes["${route}"].enqueue`);
        }
        return;
      case 'virtual-ip':
        return;
      case 'queue':
      case 'workers':
        out.push(`nodes[${i}] (kind "${n.kind}")`);
        return;
    }
  });
  return out;
}

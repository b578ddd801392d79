// Combinations the engine does not build yet. They pass the schema and are refused here by
// path, so nothing in a scenario is ever silently ignored.
import type { Scenario } from './schema';

export function unsupportedPaths(s: Scenario): string[] {
  const out: string[] = [];
  const pools = new Map<string, number>();
  s.nodes.forEach((n, i) => {
    if (n.kind !== 'workers') return;
    // One pool per queue: competing consumers of one queue are not modelled yet.
    if (pools.has(n.source)) out.push(`nodes[${i}].source (queue "${n.source}" already has the pool "${s.nodes[pools.get(n.source)!].id}")`);
    else pools.set(n.source, i);
  });
  return out;
}

// Reads one node of the running scenario document (after any `set`), and its index — the `[i]`
// of the paths setParam takes.
import { useApp } from '../RuntimeContext';

export type DocNode = Record<string, unknown> & { id: string };

export function useScenarioNode(id: string): { index: number; node: DocNode | undefined } {
  const nodes = useApp((s) => (s.scenarioDoc as { nodes?: DocNode[] } | null)?.nodes);
  const index = nodes?.findIndex((n) => n.id === id) ?? -1;
  return { index, node: index >= 0 ? nodes![index] : undefined };
}

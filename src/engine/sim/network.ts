// One-way latency per link (the scenario's network default or a link override, the same in both
// directions unless the reverse link is given too), normal jitter truncated at 0, and partitions
// that drop everything on a link until the target heals.
import type { Scenario } from '../scenario/schema';
import type { Rng } from '../core/rng';
import { normal } from '../core/distributions';

type LinkSpec = { latencyMs: number; jitterMs: number; rng: Rng | null };

export function createNetwork(s: Scenario, rng: Rng) {
  const specs = new Map<string, Map<string, LinkSpec>>(); // from → to → spec, built on first use
  const partitions = new Set<string>(); // "a|b" with a < b: both directions cut
  const key = (from: string, to: string) => `${from}>${to}`;
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

  function spec(from: string, to: string): LinkSpec {
    let row = specs.get(from);
    if (!row) specs.set(from, (row = new Map()));
    let s2 = row.get(to);
    if (!s2) {
      const k = key(from, to);
      const own = s.links.find((l) => l.from === from && l.to === to) ?? s.links.find((l) => l.from === to && l.to === from);
      const latencyMs = own?.latencyMs ?? s.network.latencyMs;
      const jitterMs = own?.jitterMs ?? s.network.jitterMs;
      s2 = { latencyMs, jitterMs, rng: jitterMs > 0 ? rng.fork(k) : null };
      row.set(to, s2);
    }
    return s2;
  }

  // Most scenarios have one latency everywhere: answer those without any lookup.
  const uniform = s.links.length === 0 && s.network.jitterMs === 0 ? s.network.latencyMs : -1;

  return {
    /** Milliseconds this message takes, or -1 if the link is partitioned. */
    delay(from: string, to: string): number {
      if (partitions.size && partitions.has(pairKey(from, to))) return -1;
      if (uniform >= 0) return uniform;
      const l = spec(from, to);
      return l.rng ? Math.max(0, l.latencyMs + l.jitterMs * normal(l.rng)) : l.latencyMs;
    },
    /** Whether this link's latency varies (then its messages can overtake each other). */
    jittered(from: string, to: string): boolean {
      return uniform < 0 && spec(from, to).rng !== null;
    },
    partition(a: string, b: string) { partitions.add(pairKey(a, b)); },
    healAround(node: string) {
      for (const p of [...partitions]) if (p.split('|').includes(node)) partitions.delete(p);
    },
  };
}

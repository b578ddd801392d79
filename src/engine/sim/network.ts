// One-way latency per link (the scenario's network default or a link override, the same in both
// directions unless the reverse link is given too), normal jitter truncated at 0, and partitions
// that drop everything on a link until the target heals.
import type { Scenario } from '../scenario/schema';
import type { Rng } from '../core/rng';
import { normal } from '../core/distributions';

type LinkSpec = { latencyMs: number; jitterMs: number; rng: Rng | null };

export function createNetwork(s: Scenario, rng: Rng) {
  const specs = new Map<string, LinkSpec>();
  const partitions = new Set<string>(); // "a|b" with a < b: both directions cut
  const key = (from: string, to: string) => `${from}>${to}`;
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

  function spec(from: string, to: string): LinkSpec {
    const k = key(from, to);
    let s2 = specs.get(k);
    if (!s2) {
      const own = s.links.find((l) => l.from === from && l.to === to) ?? s.links.find((l) => l.from === to && l.to === from);
      const latencyMs = own?.latencyMs ?? s.network.latencyMs;
      const jitterMs = own?.jitterMs ?? s.network.jitterMs;
      s2 = { latencyMs, jitterMs, rng: jitterMs > 0 ? rng.fork(k) : null };
      specs.set(k, s2);
    }
    return s2;
  }

  return {
    /** Milliseconds this message takes, or -1 if the link is partitioned. */
    delay(from: string, to: string): number {
      if (partitions.size && partitions.has(pairKey(from, to))) return -1;
      const l = spec(from, to);
      return l.rng ? Math.max(0, l.latencyMs + l.jitterMs * normal(l.rng)) : l.latencyMs;
    },
    partition(a: string, b: string) { partitions.add(pairKey(a, b)); },
    healAround(node: string) {
      for (const p of [...partitions]) if (p.split('|').includes(node)) partitions.delete(p);
    },
  };
}

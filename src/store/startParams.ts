// What the URL asks the page to start with, e.g. `?scenario=three-servers&rate=1000&speed=10&play=1`.
// Used by workshop links and the frame-time test; unknown values fall back to the defaults.
import type { Source } from '../lessons/catalog';

export type StartParams = {
  source: Source;
  speed?: number;
  seed?: number;
  /** Overrides every open-loop client's arrival rate (requests per simulated second). */
  ratePerSec?: number;
  play: boolean;
  /** The URL fragment, which may hold a share link (`#s=…`). */
  hash?: string;
};

function positive(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function parseStartParams(search: string, hash = ''): StartParams {
  const q = new URLSearchParams(search);
  const scenario = q.get('scenario');
  const lesson = q.get('lesson');
  const source: Source = scenario ? { kind: 'example', id: scenario } : { kind: 'lesson', id: lesson ?? 'redundancy' };
  const seedText = q.get('seed');
  const seed = seedText !== null && /^\d+$/.test(seedText) ? Number(seedText) : undefined;
  return { source, speed: positive(q.get('speed')), seed, ratePerSec: positive(q.get('rate')), play: q.get('play') === '1', ...(hash && { hash }) };
}

/** A copy of the scenario with every poisson/constant client sending at `ratePerSec`. Closed-loop clients keep their users. */
export function withRate(scenario: unknown, ratePerSec: number): unknown {
  if (!scenario || typeof scenario !== 'object' || !Array.isArray((scenario as { nodes?: unknown }).nodes)) return scenario;
  const s = scenario as { nodes: Record<string, unknown>[] };
  return {
    ...s,
    nodes: s.nodes.map((n) => {
      if (n?.kind !== 'client') return n;
      const arrivals = n.arrivals as { process?: string } | undefined;
      if (arrivals?.process === 'closed') return n;
      return { ...n, arrivals: { process: arrivals?.process ?? 'poisson', ratePerSec } };
    }),
  };
}

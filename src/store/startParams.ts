// What the URL asks the page to start with, e.g. `?scenario=three-servers&rate=1000&speed=10&play=1`.
// Used by workshop links and the frame-time test; unknown values fall back to the defaults.
import { MAX_SPEED, MIN_SPEED } from './controlsSlice';
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
  /** Parameters that were present but unusable, each with the reason, for a notice on the page. */
  ignored?: string[];
};

/**
 * Reads a number from the address. Absent: undefined. Present but not `valid`: undefined, and a
 * line for the learner saying what was ignored and why (a typo must not pass silently).
 */
function numberParam(q: URLSearchParams, name: string, valid: (n: number) => boolean, rule: string, ignored: string[]): number | undefined {
  const text = q.get(name);
  if (text === null || text.trim() === '') return undefined;
  const n = Number(text);
  if (Number.isFinite(n) && valid(n)) return n;
  ignored.push(`${name}=${text} (${rule})`);
  return undefined;
}

export function parseStartParams(search: string, hash = ''): StartParams {
  const q = new URLSearchParams(search);
  const scenario = q.get('scenario');
  const lesson = q.get('lesson');
  const source: Source = scenario ? { kind: 'example', id: scenario } : { kind: 'lesson', id: lesson ?? 'redundancy' };
  const ignored: string[] = [];
  const speed = numberParam(q, 'speed', (n) => n >= MIN_SPEED && n <= MAX_SPEED, `speed runs from ${MIN_SPEED}× to ${MAX_SPEED}×`, ignored);
  // The scenario format's limits: seed a 32-bit unsigned integer, rate up to a million per second.
  const seed = numberParam(q, 'seed', (n) => Number.isInteger(n) && n >= 0 && n <= 2 ** 32 - 1, 'a seed is a whole number from 0 to 4294967295', ignored);
  const ratePerSec = numberParam(q, 'rate', (n) => n > 0 && n <= 1_000_000, 'a rate is above 0 and at most 1,000,000 requests per second', ignored);
  return { source, speed, seed, ratePerSec, play: q.get('play') === '1', ...(hash && { hash }), ...(ignored.length && { ignored }) };
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

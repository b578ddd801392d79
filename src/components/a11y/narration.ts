// Sentences for the screen-reader live region, one per state change of the run. Pure, so the
// wording is pinned by tests: "s2 failed its third health check and left rotation at 0:26".
import type { StateChange } from '../../engine/api';

/** Simulated time as a clock: 26_400 → "0:26", 3_725_000 → "1:02:05". */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = total % 60, m = Math.floor(total / 60) % 60, h = Math.floor(total / 3600);
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export const ordinal = (n: number) => ORDINALS[n] ?? `${n}th`;

export type NarrationContext = {
  /** The balancer's check thresholds for a target (HAProxy's fall/rise), when known. */
  thresholds?(balancer: string, target: string): { fall: number; rise: number } | undefined;
  /** How many balancers check health; with one, naming it adds nothing. */
  balancerCount?: number;
};

const STATE_WORDS = {
  down: 'is down',
  hung: 'hung: it accepts work but never answers',
  slow: 'is slow',
  erroring: 'is returning errors',
  up: 'is back up',
} as const;

export function narrate(change: StateChange, ctx: NarrationContext = {}): string | null {
  const at = clock(change.atMs);
  switch (change.type) {
    case 'node-state':
      return `${change.node} ${STATE_WORDS[change.state]} at ${at}`;
    case 'health': {
      const t = ctx.thresholds?.(change.balancer, change.target);
      const rotation = (ctx.balancerCount ?? 1) > 1 ? `${change.balancer}'s rotation` : 'rotation';
      if (!change.healthy) {
        return t
          ? `${change.target} failed its ${ordinal(t.fall)} health check and left ${rotation} at ${at}`
          : `${change.target} failed its health checks and left ${rotation} at ${at}`;
      }
      return t
        ? `${change.target} passed its ${ordinal(t.rise)} health check and rejoined ${rotation} at ${at}`
        : `${change.target} passed its health checks and rejoined ${rotation} at ${at}`;
    }
    case 'breaker': {
      const name = `breaker ${change.owner}->${change.target}`;
      if (change.state === 'open') return `${name} opened at ${at}`;
      if (change.state === 'half-open') return `${name} is half-open, letting a trial call through at ${at}`;
      return `${name} closed at ${at}`;
    }
    case 'job-dead':
      return `job ${change.jobId} (${change.jobType}) went to the dead-letter queue of ${change.queue} after ${change.receiveCount} tries at ${at}`;
    case 'duplicate':
      return `job ${change.jobId} (${change.jobType}) in ${change.queue} ran its side effect twice at ${at}`;
  }
}

// More than this per announcement and a screen reader falls behind the run.
export const MAX_PER_ANNOUNCEMENT = 3;

/** Joins a batch of sentences into one announcement, summarising the overflow. */
export function announcement(sentences: readonly string[], max = MAX_PER_ANNOUNCEMENT): string {
  if (sentences.length <= max) return sentences.join('. ');
  const rest = sentences.length - max;
  return `${sentences.slice(0, max).join('. ')}. And ${rest} more change${rest === 1 ? '' : 's'}`;
}

// The tree of attempts of a few recent logical requests: which call site sent each attempt,
// which attempt it was made on behalf of (its parent one layer up), when it left and how it
// ended. It is what lets a learner open one request and see one click become 27 calls.
//
// Only a handful of requests are traced at a time, so the cost per request is a null check and
// memory stays fixed however long the run: a new request is traced when fewer than
// MAX_OPEN traced requests are in flight, and finished ones are kept in two small rings — the
// latest ones, and the latest ones that needed more than one attempt anywhere (the interesting
// ones during an outage, which would otherwise scroll past in a blink).
import type { Outcome } from '../api';

export type AttemptTrace = {
  id: number;
  /** The attempt one layer up that this one was made for; null at the client. */
  parent: number | null;
  /** The call site that sent it, "<owner>-><target>". */
  site: string;
  /** 1 for a first attempt, 2+ for retries. */
  number: number;
  startMs: number;
  endMs: number | null;
  outcome: Outcome | null;
};

export type RequestTrace = {
  id: number;
  client: string;
  route: string;
  startMs: number;
  endMs: number | null;
  outcome: Outcome | null;
  attempts: AttemptTrace[];
};

const MAX_OPEN = 8;
const KEEP_RECENT = 8;
const KEEP_RETRIED = 8;
/** A storm can give one request hundreds of attempts; past this the tree stops growing. */
const MAX_ATTEMPTS = 200;

export type RequestTracer = {
  /** Decides whether a new logical request is traced; returns its trace or null. */
  begin(id: number, client: string, route: string, nowMs: number): RequestTrace | null;
  attemptSent(trace: RequestTrace, id: number, parent: number | null, site: string, number: number, nowMs: number): void;
  attemptEnded(trace: RequestTrace, id: number, outcome: Outcome, nowMs: number): void;
  end(trace: RequestTrace, outcome: Outcome, nowMs: number): void;
  /** Open traces first (newest first), then finished ones; copies, safe to post to the page. */
  read(): RequestTrace[];
};

/**
 * A trace as the tracer keeps it. Attempts below index `frozenBelow` were sent before the request
 * ended, and those still out then never get an outcome; `older` and `newer` link the open traces
 * in the order they began.
 */
type Kept = RequestTrace & { frozenBelow: number; open: boolean; older: Kept | null; newer: Kept | null };

/** The last few finished traces, in a fixed ring: no array shifting per request. */
function createRing(max: number) {
  const slots: (Kept | null)[] = new Array(max).fill(null);
  let count = 0;
  return {
    keep(t: Kept) { slots[count++ % max] = t; },
    /** Newest first. */
    newestFirst(): Kept[] {
      const out: Kept[] = [];
      for (let i = count - 1; i >= 0 && i >= count - max; i--) out.push(slots[i % max]!);
      return out;
    },
  };
}

/** For runs nobody inspects: traces no request, so every later hook is skipped by a null check. */
export const NO_TRACER: RequestTracer = {
  begin: () => null,
  attemptSent() {},
  attemptEnded() {},
  end() {},
  read: () => [],
};

/** Every trace starts with this shared empty list, never pushed to: `attemptSent` replaces it. */
const NONE_YET: AttemptTrace[] = [];

export function createRequestTracer(): RequestTracer {
  // The open traces in the order they began, as a linked list: a request ends in O(1) however
  // many are open, with no array to shift.
  let newest: Kept | null = null;
  let openCount = 0;
  const recent = createRing(KEEP_RECENT);
  const retried = createRing(KEEP_RETRIED);

  return {
    begin(id, client, route, nowMs) {
      if (openCount >= MAX_OPEN) return null;
      const t: Kept = { id, client, route, startMs: nowMs, endMs: null, outcome: null, attempts: NONE_YET, frozenBelow: 0,
        open: true, older: newest, newer: null };
      if (newest) newest.newer = t;
      newest = t;
      openCount++;
      return t;
    },
    attemptSent(trace, id, parent, site, number, nowMs) {
      if (trace.attempts.length >= MAX_ATTEMPTS) return;
      const a: AttemptTrace = { id, parent, site, number, startMs: nowMs, endMs: null, outcome: null };
      // Most requests make one attempt: a one-element array, where a push onto [] would reserve 17 slots.
      if (trace.attempts === NONE_YET) trace.attempts = [a];
      else trace.attempts.push(a);
    },
    attemptEnded(trace, id, outcome, nowMs) {
      // An attempt that was still out when its request ended keeps no outcome; one sent after the
      // end (a callee still working for a caller that gave up) records its own. The attempt is
      // one of its trace's few, so a scan from the newest replaces a lookup table.
      const attempts = trace.attempts;
      for (let i = attempts.length - 1; i >= (trace as Kept).frozenBelow; i--) {
        const a = attempts[i];
        if (a.id !== id) continue;
        if (a.outcome === null) {
          a.outcome = outcome;
          a.endMs = nowMs;
        }
        return;
      }
    },
    end(trace, outcome, nowMs) {
      const t = trace as Kept;
      t.outcome = outcome;
      t.endMs = nowMs;
      if (t.open) {
        t.open = false;
        if (t.older) t.older.newer = t.newer;
        if (t.newer) t.newer.older = t.older;
        else newest = t.older;
        t.older = t.newer = null;
        openCount--;
      }
      // Attempts still out (a callee that will answer after the caller gave up) stay in the
      // tree as they are, without an outcome.
      t.frozenBelow = t.attempts.length;
      recent.keep(t);
      for (const a of t.attempts) {
        if (a.number > 1) { retried.keep(t); break; }
      }
    },
    read() {
      const seen = new Set<RequestTrace>();
      const out: RequestTrace[] = [];
      const openNewestFirst: Kept[] = [];
      for (let t = newest; t; t = t.older) openNewestFirst.push(t);
      for (const t of [...openNewestFirst, ...retried.newestFirst(), ...recent.newestFirst()]) {
        if (seen.has(t)) continue;
        seen.add(t);
        // Listed field by field: the copy carries the public shape, not the tracer's bookkeeping.
        out.push({ id: t.id, client: t.client, route: t.route, startMs: t.startMs, endMs: t.endMs, outcome: t.outcome,
          attempts: t.attempts.map((a) => ({ ...a })) });
      }
      return out;
    },
  };
}

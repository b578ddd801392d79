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

export function createRequestTracer(): RequestTracer {
  const open: RequestTrace[] = [];
  const recent: RequestTrace[] = [];
  const retried: RequestTrace[] = [];
  const byAttempt = new Map<number, AttemptTrace>();

  const keep = (ring: RequestTrace[], t: RequestTrace, max: number) => {
    ring.push(t);
    if (ring.length > max) ring.shift();
  };

  return {
    begin(id, client, route, nowMs) {
      if (open.length >= MAX_OPEN) return null;
      const t: RequestTrace = { id, client, route, startMs: nowMs, endMs: null, outcome: null, attempts: [] };
      open.push(t);
      return t;
    },
    attemptSent(trace, id, parent, site, number, nowMs) {
      if (trace.attempts.length >= MAX_ATTEMPTS) return;
      const a: AttemptTrace = { id, parent, site, number, startMs: nowMs, endMs: null, outcome: null };
      trace.attempts.push(a);
      byAttempt.set(id, a);
    },
    attemptEnded(_trace, id, outcome, nowMs) {
      const a = byAttempt.get(id);
      if (!a || a.outcome !== null) return;
      a.outcome = outcome;
      a.endMs = nowMs;
    },
    end(trace, outcome, nowMs) {
      trace.outcome = outcome;
      trace.endMs = nowMs;
      const i = open.indexOf(trace);
      if (i >= 0) open.splice(i, 1);
      // Attempts still out (a callee that will answer after the caller gave up) stay in the
      // tree as they are; only the lookup entries go, so the map does not grow.
      for (const a of trace.attempts) byAttempt.delete(a.id);
      keep(recent, trace, KEEP_RECENT);
      if (trace.attempts.some((a) => a.number > 1)) keep(retried, trace, KEEP_RETRIED);
    },
    read() {
      const seen = new Set<RequestTrace>();
      const out: RequestTrace[] = [];
      for (const t of [...open.slice().reverse(), ...retried.slice().reverse(), ...recent.slice().reverse()]) {
        if (seen.has(t)) continue;
        seen.add(t);
        out.push({ ...t, attempts: t.attempts.map((a) => ({ ...a })) });
      }
      return out;
    },
  };
}

// Turns a traced request's flat list of attempts into the tree a learner reads: each attempt
// under the attempt one layer up that made it, retries of one call side by side. Pure, so the
// inspector panel and its tests agree.
import type { AttemptTrace, Outcome, RequestTrace } from '../../engine';

export type AttemptRow = { attempt: AttemptTrace; depth: number; children: number };

/** Depth-first rows: a parent, then everything it caused, in the order the attempts were sent. */
export function attemptRows(trace: RequestTrace): AttemptRow[] {
  const known = new Set(trace.attempts.map((a) => a.id));
  const byParent = new Map<number | null, AttemptTrace[]>();
  for (const a of trace.attempts) {
    // An attempt whose parent was cut off by the size limit hangs at the top rather than vanishing.
    const parent = a.parent !== null && known.has(a.parent) ? a.parent : null;
    const list = byParent.get(parent) ?? byParent.set(parent, []).get(parent)!;
    list.push(a);
  }
  const rows: AttemptRow[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const a of byParent.get(parent) ?? []) {
      rows.push({ attempt: a, depth, children: byParent.get(a.id)?.length ?? 0 });
      walk(a.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** Attempts that reached each call site, in the order the sites were first used. */
export function attemptsBySite(trace: RequestTrace): { site: string; attempts: number; retries: number }[] {
  const sites = new Map<string, { site: string; attempts: number; retries: number }>();
  for (const a of trace.attempts) {
    const s = sites.get(a.site) ?? sites.set(a.site, { site: a.site, attempts: 0, retries: 0 }).get(a.site)!;
    s.attempts++;
    if (a.number > 1) s.retries++;
  }
  return [...sites.values()];
}

const OUTCOME_WORD: Record<Outcome, string> = {
  ok: 'ok', error: 'error', timeout: 'timed out', rejected: 'rejected by the breaker', shed: 'shed (queue full)',
  unavailable: 'unavailable (refused or no healthy upstream)', lost: 'lost with a dead node',
};

/** "timed out after 500 ms", "ok in 12 ms", or "still out (120 ms so far)". */
export function describeEnd(startMs: number, endMs: number | null, outcome: Outcome | null, nowMs: number): string {
  if (outcome === null || endMs === null) return `still out (${fmtMs(nowMs - startMs)} so far)`;
  const word = OUTCOME_WORD[outcome];
  return outcome === 'ok' ? `ok in ${fmtMs(endMs - startMs)}` : `${word} after ${fmtMs(endMs - startMs)}`;
}

/** The same, compact for a tree line: "✓ 12 ms", "✗ timeout 500 ms", "… 120 ms". */
export function shortEnd(startMs: number, endMs: number | null, outcome: Outcome | null, nowMs: number): string {
  if (outcome === null || endMs === null) return `… ${fmtMs(nowMs - startMs)}`;
  return outcome === 'ok' ? `✓ ${fmtMs(endMs - startMs)}` : `✗ ${outcome} ${fmtMs(endMs - startMs)}`;
}

export function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms).toLocaleString('en-US')} ms`;
}

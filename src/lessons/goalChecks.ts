// Evaluates the high-availability and circuit-breaker goal checks. Pure, like goals.ts: the same
// snapshot, command log, state changes and scenario always give the same verdict.
import type { Command, LiveSnapshot } from '../engine/api';
import { parsePath } from '../engine/sweep/setPath';
import type { GoalContext, GoalVerdict } from './goals';
import type { ResilienceCheck } from './checkTypes';

const KINDS = new Set<string>(['after-kill', 'vip-takeover', 'detection', 'pulled-while-alive', 'route-availability', 'breaker-path', 'recent-ok', 'latency']);
export const isResilienceCheck = (c: { kind: string }): c is ResilienceCheck => KINDS.has(c.kind);

const pct = (r: number) => `${(r * 100).toFixed(2)} %`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pending = (detail: string): GoalVerdict => ({ status: 'pending', detail });
const judge = (ok: boolean, met: string, failed: string): GoalVerdict => (ok ? { status: 'met', detail: met } : { status: 'failed', detail: failed });

// Three seconds: one second is noisy at 100 req/s; more would lag behind what the learner sees.
const RECENT_BUCKETS = 3;

/** Ok share of the last complete one-second buckets; null before any answer. */
export function recentOk(s: LiveSnapshot): number | null {
  const { bucketMs, points } = s.chart;
  const done = points.filter((p) => p.startMs + bucketMs <= s.simMs).slice(-RECENT_BUCKETS);
  const ok = done.reduce((n, p) => n + p.ok, 0), all = done.reduce((n, p) => n + p.ok + p.failed, 0);
  return all > 0 ? ok / all : null;
}

export function valueAt(doc: unknown, path: string): unknown {
  let at: unknown = doc;
  for (const key of parsePath(path) ?? []) at = at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

export function evaluateResilience(check: ResilienceCheck, ctx: GoalContext): GoalVerdict {
  // '' names the lesson's own scenario, so a goal can belong to it and not to the variants.
  if (check.variant !== undefined && (ctx.variant ?? '') !== check.variant) return pending('Switch setups above to try this one.');
  if (check.requires && JSON.stringify(valueAt(ctx.scenarioDoc, check.requires.path)) !== JSON.stringify(check.requires.equals)) {
    return pending(check.requires.hint);
  }
  const s = ctx.snapshot;
  if (!s) return pending('Press Play.');
  const kinds = new Map(ctx.topology.map((n) => [n.id, n.kind]));
  const firstKill = (kind: string) => ctx.commandLog.find((c) => c.action === 'kill' && kinds.get(c.target) === kind);
  switch (check.kind) {
    case 'after-kill': {
      const kill = firstKill(check.nodeKind);
      if (!kill) return pending(`Waiting for you to kill a ${check.nodeKind}.`);
      const r = recentOk(s);
      if (s.simMs - kill.atMs < check.waitMs || r === null) return pending(`${kill.target} killed at ${secs(kill.atMs)}; watching for ${secs(check.waitMs)}.`);
      const ok = (check.min === undefined || r >= check.min) && (check.max === undefined || r <= check.max);
      return judge(ok, `${secs(s.simMs - kill.atMs)} after killing ${kill.target}, ${pct(r)} of recent requests succeed.`,
        `${pct(r)} of recent requests succeed${check.min !== undefined ? `; the goal is at least ${pct(check.min)}` : ''}.`);
    }
    case 'vip-takeover': {
      const first = ctx.topology.find((n) => n.id === check.vip)?.targets[0];
      const master = s.nodes.find((n) => n.id === check.vip)?.master;
      if (!master || master === first) return pending(`${check.vip} is held by ${master ?? 'nobody'}; kill its master.`);
      const r = recentOk(s);
      if (r === null || r < check.minRecentOk) return pending(`${master} took ${check.vip} over; waiting for traffic to recover (${r === null ? '—' : pct(r)}).`);
      return { status: 'met', detail: `${master} holds ${check.vip} and ${pct(r)} of recent requests succeed.` };
    }
    case 'detection': return detection(check.maxDelayMs, ctx);
    case 'pulled-while-alive': {
      const pulled = pulledAlive(ctx);
      return pulled.length >= check.minTargets
        ? { status: 'met', detail: `Live servers pulled by their checks: ${pulled.join(', ')}.` }
        : pending(`${pulled.length} of ${check.minTargets} live servers pulled so far.`);
    }
    case 'route-availability': {
      const r = s.clients.map((c) => c.byRoute[check.route]).filter(Boolean)
        .reduce((a, b) => ({ ok: a.ok + b.ok, done: a.done + b.ok + b.failed }), { ok: 0, done: 0 });
      const ratio = r.done ? r.ok / r.done : 1;
      if (s.simMs < check.afterMs) return pending(`${check.route} so far: ${pct(ratio)}; judged at ${secs(check.afterMs)}.`);
      const ok = (check.min === undefined || ratio >= check.min) && (check.max === undefined || ratio < check.max);
      return judge(ok, `${check.route} availability is ${pct(ratio)}.`, `${check.route} availability is ${pct(ratio)}.`);
    }
    case 'breaker-path': {
      const entries = Object.entries(s.breakers).filter(([k]) => !check.breaker || k === check.breaker);
      for (const [key, b] of entries) {
        let i = 0;
        for (const t of b.transitions) if (t.to === check.states[i]) i++;
        if (i >= check.states.length) return { status: 'met', detail: `Breaker ${key} went ${check.states.join(' → ')}.` };
      }
      const now = entries.map(([k, b]) => `${k} is ${b.state}`).join(', ');
      return pending(now ? `${now}.` : 'No breaker in this scenario.');
    }
    case 'recent-ok': {
      const r = recentOk(s);
      if (s.simMs < check.afterMs || r === null) return pending(`Watching until ${secs(check.afterMs)}.`);
      return judge(r >= check.min, `${pct(r)} of recent requests succeed.`, `Only ${pct(r)} of recent requests succeed; the goal is ${pct(check.min)}.`);
    }
    case 'latency': {
      const p99 = Math.max(0, ...s.clients.map((c) => c.p99));
      if (s.simMs < check.afterMs) return pending(`p99 ${Math.round(p99)} ms so far; judged from ${secs(check.afterMs)}.`);
      return judge(p99 <= check.maxP99Ms, `p99 latency is ${Math.round(p99)} ms.`, `p99 latency is ${Math.round(p99)} ms, above ${check.maxP99Ms} ms.`);
    }
  }
}

const isFault = (c: Command) => c.action === 'kill' || c.action === 'hang';

function detection(maxDelayMs: number, ctx: GoalContext): GoalVerdict {
  const fault = ctx.commandLog.find((c) => isFault(c) && ctx.topology.some((n) => n.kind === 'balancer' && n.targets.includes(c.target)));
  const alive = pulledAlive(ctx);
  if (alive.length) return { status: 'failed', detail: `Checks pulled ${alive.join(', ')} while it was alive: too eager. Reset and loosen them.` };
  if (!fault) return pending('Kill or hang a server behind the balancer.');
  const out = ctx.changes?.find((c) => c.type === 'health' && !c.healthy && c.target === fault.target && c.atMs >= fault.atMs);
  const now = ctx.snapshot?.simMs ?? 0;
  if (!out) return now - fault.atMs > maxDelayMs
    ? { status: 'failed', detail: `${fault.target} is still in rotation ${secs(now - fault.atMs)} after it died. Reset, tune the checks, try again.` }
    : pending(`${fault.target} died at ${secs(fault.atMs)}; waiting for the checks.`);
  const delay = out.atMs - fault.atMs;
  return judge(delay <= maxDelayMs, `${fault.target} left rotation ${secs(delay)} after it died.`,
    `${fault.target} left rotation ${secs(delay)} after it died; the goal is ${secs(maxDelayMs)}.`);
}

/** Targets taken out of rotation although no action had killed or hung them by then. */
function pulledAlive(ctx: GoalContext): string[] {
  const out = new Set<string>();
  for (const c of ctx.changes ?? []) {
    if (c.type !== 'health' || c.healthy) continue;
    const dead = ctx.commandLog.some((k) => isFault(k) && k.target === c.target && k.atMs <= c.atMs);
    if (!dead) out.add(c.target);
  }
  return [...out];
}

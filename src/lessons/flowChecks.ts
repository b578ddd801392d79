// Evaluates the retry and job-queue goal checks (labTypes.ts). Pure, like goals.ts: the same
// snapshot, command log and scenario always give the same verdict.
import type { LiveSnapshot } from '../engine/api';
import type { GoalContext, GoalVerdict } from './goals';
import type { Condition, FlowCheck, ParamIs } from './labTypes';
import { valueAt } from './goalChecks';

export const isFlowCheck = (c: { kind: string }): c is FlowCheck => c.kind === 'flow';

const pending = (detail: string): GoalVerdict => ({ status: 'pending', detail });
const fmt = (n: number) => (Math.abs(n) >= 100 || Number.isInteger(n) ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

/** Peak of (arrivals at `node`) / (requests finished) over complete one-second buckets. */
function multiplier(s: LiveSnapshot, node: string): number {
  const arrivals = s.series[`node:${node}:arrivals`] ?? [];
  const { bucketMs, points } = s.chart;
  let peak = 0;
  points.forEach((p, i) => {
    const finished = p.ok + p.failed;
    // Fewer than 5 finished requests make a noisy ratio out of a handful.
    if (p.startMs + bucketMs <= s.simMs && finished >= 5) peak = Math.max(peak, (arrivals[i] ?? 0) / finished);
  });
  return peak;
}

function herdPeak(s: LiveSnapshot, node: string, afterMs: number): number {
  const counts = s.fine.arrivals[node] ?? [];
  let peak = 0;
  counts.forEach((n, i) => { if (s.fine.startMs + i * s.fine.bucketMs >= afterMs) peak = Math.max(peak, n); });
  return peak;
}

function recentFailed(s: LiveSnapshot): number {
  const { bucketMs, points } = s.chart;
  const done = points.filter((p) => p.startMs + bucketMs <= s.simMs).slice(-5);
  const all = done.reduce((n, p) => n + p.ok + p.failed, 0);
  return all ? done.reduce((n, p) => n + p.failed, 0) / all : 0;
}

/** The value a metric names, or undefined when the run has no such thing (yet). */
export function metricValue(metric: string, s: LiveSnapshot, ctx: Pick<GoalContext, 'sweepSeries'> = {}): number | undefined {
  const [kind, id, field] = metric.split(':');
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : undefined);
  switch (kind) {
    case 'client': return num(s.clients.find((c) => c.id === id)?.[field as 'p99']);
    case 'site': return num(s.callSites[id]?.[field as 'amplification']);
    case 'queue': return num(s.queues[id]?.[field as 'waiting']);
    case 'node': {
      const n = s.nodes.find((x) => x.id === id);
      if (!n) return undefined;
      return field === 'down' ? Number(n.state === 'down') : num(n[field as 'busy']);
    }
    case 'multiplier': return multiplier(s, id);
    case 'herd-peak': return herdPeak(s, id, Number(field));
    case 'recent-failed': return recentFailed(s);
    case 'sweep': return ctx.sweepSeries ?? 0;
    default: return undefined;
  }
}

export function paramHolds(doc: unknown, p: ParamIs): boolean {
  const v = valueAt(doc, p.path);
  if (p.exists !== undefined) return (v !== undefined) === p.exists;
  return JSON.stringify(v) === JSON.stringify(p.equals);
}

const holds = (c: Condition, v: number) => (c.op === '>=' ? v >= c.value : c.op === '<=' ? v <= c.value : v === c.value);

export function evaluateFlow(check: FlowCheck, ctx: GoalContext): GoalVerdict {
  if (check.when && !check.when.every((p) => paramHolds(ctx.scenarioDoc, p))) return pending(check.whenHint ?? 'Change the setup above first.');
  const s = ctx.snapshot;
  if (!s) return pending('Press Play.');
  if (check.afterAction) {
    const { action, target } = check.afterAction;
    if (!ctx.commandLog.some((c) => c.action === action && c.target === target)) return pending(`Waiting for you to ${action} ${target}.`);
  }
  if (check.afterMs !== undefined && s.simMs < check.afterMs) return pending(`Run on to ${(check.afterMs / 1000).toFixed(0)} s.`);
  const parts = check.all.map((c) => {
    const v = metricValue(c.metric, s, ctx);
    return { ok: v !== undefined && holds(c, v), text: `${c.label} ${v === undefined ? '—' : fmt(v)} (want ${c.op === '==' ? '' : c.op}${fmt(c.value)})` };
  });
  const detail = parts.map((p) => p.text).join('; ');
  return parts.every((p) => p.ok) ? { status: 'met', detail } : pending(detail);
}

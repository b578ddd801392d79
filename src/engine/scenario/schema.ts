// The scenario document (format v1): top level, faults, and the cross-references between nodes.
import { z } from 'zod';
import { msAtLeast, nodeId } from './shapes';
import { nodeSchema } from './nodes';

export const SCENARIO_FORMAT = 'resilience-playground/scenario@1';

/** A fault or user action at a simulated time (scenario faults, command logs, share links). */
export const faultSchema = z.discriminatedUnion('action', [
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('kill') }),
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('hang') }),
  // Extension: a clean shutdown. Work in hand is lost as with kill, but a VRRP member says goodbye.
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('stop') }),
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('slow'),
    factor: z.number().refine((v) => Number.isFinite(v) && v > 0 && v <= 1000, { error: 'must be > 0 and ≤ 1000' }) }),
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('errors'),
    rate: z.number().min(0, { error: 'must be between 0 and 1' }).max(1, { error: 'must be between 0 and 1' }) }),
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('revive') }),
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('heal') }),
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('partition'), from: nodeId }),
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('redrive') }),
  z.strictObject({ atMs: msAtLeast(0), target: nodeId, action: z.literal('scale'),
    concurrency: z.number().int({ error: 'must be an integer between 0 and 10000' }).min(0, { error: 'must be an integer between 0 and 10000' }).max(10_000, { error: 'must be an integer between 0 and 10000' }) }),
], { error: 'must be a fault: "action" is one of kill, stop, hang, slow, errors, revive, heal, partition, redrive, scale' });

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT, { error: `must be "${SCENARIO_FORMAT}"` }),
  title: z.string().default('Untitled scenario'),
  description: z.string().optional(),
  seed: z.number().int({ error: 'must be an integer' }).min(0).max(2 ** 32 - 1).default(1),
  durationMs: z.number().refine((v) => Number.isFinite(v) && v > 0 && v <= 86_400_000,
    { error: 'must be > 0 and ≤ 86400000 (one day)' }).default(60_000),
  network: z.strictObject({ latencyMs: msAtLeast(0).default(1), jitterMs: msAtLeast(0).default(0) })
    .default({ latencyMs: 1, jitterMs: 0 }),
  links: z.array(z.strictObject({ from: nodeId, to: nodeId, latencyMs: msAtLeast(0), jitterMs: msAtLeast(0).optional() }))
    .default([]),
  nodes: z.array(nodeSchema).min(1, { error: 'must hold at least one node' })
    .max(200, { error: 'must hold at most 200 nodes' }),
  faults: z.array(faultSchema).default([]),
}).superRefine((s, ctx) => {
  const byId = new Map<string, string>();
  s.nodes.forEach((n, i) => {
    if (byId.has(n.id)) ctx.addIssue({ code: 'custom', params: { crossRef: true }, path: ['nodes', i, 'id'], message: `duplicate node id "${n.id}"` });
    byId.set(n.id, n.kind);
  });
  const mustExist = (id: string, path: (string | number)[], kinds?: string[]) => {
    const kind = byId.get(id);
    if (!kind) ctx.addIssue({ code: 'custom', params: { crossRef: true }, path, message: `no node with id "${id}"` });
    else if (kinds && !kinds.includes(kind))
      ctx.addIssue({ code: 'custom', params: { crossRef: true }, path, message: `"${id}" is a ${kind}; expected ${kinds.join(' or ')}` });
  };
  s.nodes.forEach((n, i) => {
    const at = (...p: (string | number)[]) => ['nodes', i, ...p];
    if (n.kind === 'client') {
      mustExist(n.target, at('target'), ['balancer', 'virtual-ip', 'server', 'database']);
      if (!s.nodes.some((m) => m.kind !== 'client')) return;
    }
    if (n.kind === 'balancer') {
      n.targets.forEach((t, j) => mustExist(t, at('targets', j), ['balancer', 'server', 'database']));
      if (new Set(n.targets).size !== n.targets.length) ctx.addIssue({ code: 'custom', params: { crossRef: true }, path: at('targets'), message: 'lists a target twice' });
      for (const key of Object.keys(n.weights ?? {}))
        if (!n.targets.includes(key)) ctx.addIssue({ code: 'custom', params: { crossRef: true }, path: at('weights', key), message: `"${key}" is not one of this balancer's targets` });
      if (n.targets.includes(n.id)) ctx.addIssue({ code: 'custom', params: { crossRef: true }, path: at('targets'), message: 'a balancer cannot target itself' });
    }
    if (n.kind === 'virtual-ip') n.members.forEach((m, j) => mustExist(m, at('members', j), ['balancer']));
    if (n.kind === 'workers') mustExist(n.source, at('source'), ['queue']);
    if (n.kind === 'server' || n.kind === 'database' || n.kind === 'workers') {
      n.calls?.forEach((c, j) => mustExist(c.target, at('calls', j, 'target')));
    }
    if (n.kind === 'server' || n.kind === 'database') {
      n.enqueue?.forEach((e, j) => mustExist(e.queue, at('enqueue', j, 'queue'), ['queue']));
    }
  });
  s.faults.forEach((f, i) => {
    mustExist(f.target, ['faults', i, 'target'], f.action === 'redrive' ? ['queue'] : f.action === 'scale' ? ['workers'] : undefined);
    if (f.action === 'partition') mustExist(f.from, ['faults', i, 'from']);
  });
  s.links.forEach((l, i) => { mustExist(l.from, ['links', i, 'from']); mustExist(l.to, ['links', i, 'to']); });
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioNode = Scenario['nodes'][number];
export type NodeOf<K extends ScenarioNode['kind']> = Extract<ScenarioNode, { kind: K }>;

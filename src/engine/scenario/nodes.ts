// zod shapes of the node kinds of scenario format v1.
import { z } from 'zod';
import {
  breakerPolicy, call, distribution, enqueueStep, fraction, intAtLeast, msAtLeast, nodeId, positiveMs,
  ratePerSec, retryPolicy,
} from './shapes';

const base = { id: nodeId, label: z.string().optional() };

const arrivals = z.discriminatedUnion('process', [
  z.strictObject({ process: z.literal('poisson'), ratePerSec }),
  z.strictObject({ process: z.literal('constant'), ratePerSec }),
  z.strictObject({
    process: z.literal('closed'),
    users: intAtLeast(1).max(100_000, { error: 'must be ≤ 100000' }),
    thinkMs: msAtLeast(0).default(0),
    requestsPerUser: intAtLeast(1).optional(),
  }),
], { error: 'must be arrivals: "process" is one of poisson, constant, closed' });

export const clientNode = z.strictObject({
  ...base,
  kind: z.literal('client'),
  target: nodeId,
  arrivals: arrivals.default({ process: 'poisson', ratePerSec: 50 }),
  sources: z.strictObject({ count: intAtLeast(1).max(100_000, { error: 'must be ≤ 100000' }), zipf: z.number().min(0).max(5).default(0) }).optional(),
  routes: z.array(z.strictObject({ name: z.string().min(1), weight: z.number().positive() })).min(1)
    .default([{ name: '/', weight: 1 }]),
  timeoutMs: positiveMs.optional(),
  retry: retryPolicy.optional(),
  breaker: breakerPolicy.optional(),
});

export const strategies = ['round-robin', 'weighted-round-robin', 'least-connections', 'ip-hash',
  'consistent-hash', 'power-of-two', 'random'] as const;

export const healthCheck = z.strictObject({
  preset: z.enum(['haproxy', 'aws-alb']).optional(),
  intervalMs: positiveMs.optional(),
  timeoutMs: positiveMs.optional(),
  rise: intAtLeast(1).optional(),
  fall: intAtLeast(1).optional(),
});

export const balancerNode = z.strictObject({
  ...base,
  kind: z.literal('balancer'),
  targets: z.array(nodeId).min(1, { error: 'must list at least one target' }),
  strategy: z.enum(strategies).default('round-robin'),
  weights: z.record(z.string(), z.number().int().min(0, { error: 'weights must be integers ≥ 0' })).optional(),
  healthCheck: healthCheck.optional(),
  whenAllDown: z.enum(['fail', 'fail-open']).default('fail'),
  hashKey: z.enum(['address', 'nginx-24']).optional(),
  virtualNodes: intAtLeast(1).optional(),
  /** Extension: on a refused connection try another target (nginx `proxy_next_upstream error`) or fail. */
  onRefused: z.enum(['next-upstream', 'fail']).default('next-upstream'),
});

export const virtualIpNode = z.strictObject({
  ...base,
  kind: z.literal('virtual-ip'),
  members: z.array(nodeId).min(1),
  advertIntervalMs: positiveMs.default(1000),
  priority: z.record(z.string(), intAtLeast(1).max(254)).optional(),
});

const routeOverride = z.strictObject({
  serviceTime: distribution.optional(),
  calls: z.array(call).optional(),
  enqueue: z.array(enqueueStep).optional(),
});

const serverFields = {
  ...base,
  concurrency: intAtLeast(1).max(100_000, { error: 'must be ≤ 100000' }).default(1),
  queueLimit: intAtLeast(0).optional(),
  serviceTime: distribution.default({ dist: 'exponential', meanMs: 50 }),
  errorRate: fraction.default(0),
  calls: z.array(call).optional(),
  enqueue: z.array(enqueueStep).optional(),
  routes: z.record(z.string(), routeOverride).optional(),
  affinity: z.strictObject({ capacity: intAtLeast(1), missPenaltyMs: msAtLeast(0) }).optional(),
};

export const serverNode = z.strictObject({ ...serverFields, kind: z.literal('server') });

export const databaseNode = z.strictObject({
  ...serverFields,
  kind: z.literal('database'),
  writeFraction: fraction.default(0.2),
  standby: z.strictObject({
    replicationLagMs: msAtLeast(0).default(200), checkIntervalMs: positiveMs.default(1000),
    fall: intAtLeast(1).default(3), promotionMs: msAtLeast(0).default(5000),
  }).optional(),
  conflicts: z.strictObject({ mode: z.literal('optimistic'), rows: intAtLeast(1).default(1) }).optional(),
});

export const queueNode = z.strictObject({
  ...base,
  kind: z.literal('queue'),
  preset: z.enum(['sqs', 'bullmq', 'sidekiq']).optional(),
  // Defaults (30 s, 5, true) come from the preset in policies/queuePolicy.ts.
  visibilityTimeoutMs: positiveMs.optional(),
  maxReceiveCount: intAtLeast(1).max(1000).optional(),
  deadLetter: z.boolean().optional(),
  retryDelay: retryPolicy.optional(),
});

export const workersNode = z.strictObject({
  ...base,
  kind: z.literal('workers'),
  source: nodeId,
  concurrency: intAtLeast(1).default(1),
  serviceTime: distribution.default({ dist: 'exponential', meanMs: 50 }),
  errorRate: fraction.default(0),
  calls: z.array(call).optional(),
  idempotent: z.boolean().default(false),
  jobs: z.record(z.string(), z.strictObject({
    serviceTime: distribution.optional(), errorRate: fraction.optional(), calls: z.array(call).optional(),
  })).optional(),
});

export const nodeSchema = z.discriminatedUnion('kind', [
  clientNode, balancerNode, virtualIpNode, serverNode, databaseNode, queueNode, workersNode,
], { error: 'must be a node: "kind" is one of client, balancer, virtual-ip, server, database, queue, workers' });

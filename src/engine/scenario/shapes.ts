// zod shapes shared by several node kinds: numbers with units, distributions, policies.
import { z } from 'zod';

export const idPattern = /^[a-z0-9-]+$/;
export const nodeId = z.string({ error: 'must be a node id string' })
  .regex(idPattern, { error: 'must match [a-z0-9-]+ (lower-case letters, digits and dashes)' });

export const intAtLeast = (min: number) =>
  z.number({ error: 'must be a number' })
    .int({ error: `must be an integer ≥ ${min}` })
    .min(min, { error: `must be an integer ≥ ${min}` });

export const msAtLeast = (min: number) =>
  z.number({ error: 'must be a number of milliseconds' })
    .refine(Number.isFinite, { error: 'must be a finite number' })
    .refine((v) => v >= min, { error: `must be ≥ ${min} ms` });

export const positiveMs = z.number({ error: 'must be a number of milliseconds' })
  .refine((v) => Number.isFinite(v) && v > 0, { error: 'must be a finite number > 0' });

export const fraction = z.number({ error: 'must be a number between 0 and 1' })
  .min(0, { error: 'must be between 0 and 1' }).max(1, { error: 'must be between 0 and 1' });

export const ratePerSec = z.number({ error: 'must be a rate per second' })
  .refine((v) => Number.isFinite(v) && v > 0 && v <= 1_000_000, { error: 'must be > 0 and ≤ 1,000,000 per second' });

export const distribution = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('constant'), ms: msAtLeast(0) }),
  z.strictObject({ dist: z.literal('exponential'), meanMs: positiveMs }),
  z.strictObject({ dist: z.literal('uniform'), minMs: msAtLeast(0), maxMs: msAtLeast(0) })
    .refine((d) => d.maxMs >= d.minMs, { error: 'maxMs must be ≥ minMs', path: ['maxMs'] }),
  z.strictObject({ dist: z.literal('lognormal'), medianMs: positiveMs, p99Ms: positiveMs })
    .refine((d) => d.p99Ms >= d.medianMs, { error: 'p99Ms must be ≥ medianMs', path: ['p99Ms'] }),
], { error: 'must be a distribution: "dist" is one of constant, exponential, uniform, lognormal' });
export type Distribution = z.infer<typeof distribution>;

const outcomeName = z.enum(['error', 'timeout', 'rejected', 'shed', 'unavailable']);

export const retryPolicy = z.strictObject({
  preset: z.enum(['aws-sdk', 'envoy', 'article', 'naive']).optional(),
  maxAttempts: intAtLeast(1).max(100, { error: 'must be ≤ 100' }).optional(),
  backoff: z.enum(['none', 'constant', 'exponential']).optional(),
  baseMs: msAtLeast(0).optional(),
  capMs: msAtLeast(0).optional(),
  multiplier: z.number().min(1, { error: 'must be ≥ 1' }).optional(),
  jitter: z.enum(['none', 'full', 'equal', 'decorrelated', 'additive']).optional(),
  retryOn: z.array(outcomeName).optional(),
  budget: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('token-bucket'), capacity: intAtLeast(1).optional(), retryCost: intAtLeast(0).optional(),
      timeoutCost: intAtLeast(0).optional(), successRefill: intAtLeast(0).optional() }),
    z.strictObject({ kind: z.literal('ratio'), percent: z.number().min(0).max(100).optional(), minPerSec: z.number().min(0).optional() }),
  ]).optional(),
});

export const breakerPolicy = z.strictObject({
  preset: z.enum(['article', 'opossum', 'resilience4j', 'polly', 'hystrix']).optional(),
  window: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('consecutive'), failures: intAtLeast(1) }),
    z.strictObject({ type: z.literal('count'), size: intAtLeast(1) }),
    z.strictObject({ type: z.literal('time'), ms: positiveMs, buckets: intAtLeast(1).optional() }),
  ]).optional(),
  failureRatePercent: z.number().min(0).max(100).optional(),
  minimumCalls: intAtLeast(0).optional(),
  openWhen: z.enum(['at-or-above', 'above']).optional(),
  slowCallMs: positiveMs.optional(),
  slowCallRatePercent: z.number().min(0).max(100).optional(),
  openMs: msAtLeast(0).optional(),
  halfOpenOn: z.enum(['timer', 'next-call']).optional(),
  halfOpenProbes: z.union([intAtLeast(1), z.literal('unlimited')]).optional(),
});

export const call = z.strictObject({
  target: nodeId,
  timeoutMs: positiveMs.optional(),
  retry: retryPolicy.optional(),
  breaker: breakerPolicy.optional(),
});

export const enqueueStep = z.strictObject({ queue: nodeId, job: z.string().min(1) });

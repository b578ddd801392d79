// The summary object of SCENARIO-FORMAT.md ("resilience-playground/summary@1").
import type { Outcome, SimMs } from '../api';

export type LatencySummary = { mean: number; p50: number; p95: number; p99: number; max: number };

export type ClientSummary = {
  requests: number;
  ok: number;
  byOutcome: Record<Outcome, number>;
  attempts: number;
  latencyMs: LatencySummary;
  byRoute: Record<string, { requests: number; ok: number; latencyMs: LatencySummary }>;
  /** Closed-loop clients with `requestsPerUser`: when the last user finished. */
  doneAtMs?: SimMs;
};

export type ServerSummary = {
  kind: 'server' | 'database';
  arrivals: number;
  completed: number;
  errors: number;
  shed: number;
  /** Extension: requests that arrived while it was killed (connection refused). */
  refused: number;
  /** Extension: requests it was holding when it was killed. */
  lost: number;
  utilization: number;
  meanQueueWaitMs: number;
  meanResponseMs: number;
  maxQueueLength: number;
  downMs: number;
  /** Requests it finished after their caller had timed out, and the slot time they took. */
  abandoned: number;
  wastedMs: number;
  /** Databases: writes acknowledged, writes lost in a failover, and when the standby took over. */
  acknowledgedWrites?: number;
  lostWrites?: number;
  promotions?: { atMs: SimMs }[];
  /** Databases with `conflicts`: optimistic writes that lost the race. */
  conflicts?: number;
  /** Extension: warm-cache hits and misses when the server has `affinity`. */
  affinity?: { hits: number; misses: number };
};

export type BalancerSummary = {
  kind: 'balancer';
  routed: Record<string, number>;
  noHealthyUpstream: number;
  healthTransitions: { atMs: SimMs; target: string; to: 'up' | 'down' }[];
};

export type VirtualIpSummary = { kind: 'virtual-ip'; master: string; transitions: { atMs: SimMs; master: string }[] };

export type WorkersSummary = { kind: 'workers'; processed: number; failures: number; concurrency: number };

export type QueueSummary = {
  enqueued: number; completed: number; deadLettered: number; discarded: number; waiting: number; inFlight: number;
  deliveries: number; redeliveries: number; failures: number; duplicateSideEffects: number; duplicatesSuppressed: number;
  maxDepth: number; meanWaitMs: number; redriven: number;
  /** enqueued = completed + deadLettered + discarded + waiting + inFlight */
  booksBalance: boolean;
};

export type QueueSeries = { depth: number[]; inFlight: number[]; deadLettered: number[]; oldestAgeMs: number[]; completions: number[]; failures: number[] };

export type NodeSeries = {
  arrivals: number[]; completions: number[]; errors: number[]; shed: number[];
  queueLength: number[]; inFlight: number[];
};

export type Summary = {
  format: 'resilience-playground/summary@1';
  seed: number;
  simulatedMs: SimMs;
  events: number;
  clients: Record<string, ClientSummary>;
  nodes: Record<string, ServerSummary | BalancerSummary | VirtualIpSummary | WorkersSummary>;
  /** Extension: nodes whose loss alone cuts every path from some client to any server. */
  singlePointsOfFailure: string[];
  breakers: Record<string, { transitions: { atMs: SimMs; from: string; to: string }[]; rejected: number; ignoredResults: number }>;
  /** Extension: every caller→target call site (clients and servers' downstream calls). */
  callSites: Record<string, { calls: number; attempts: number; amplification: number; retriesDenied: number; byOutcome: Record<Outcome, number> }>;
  queues: Record<string, QueueSummary>;
  availability: { ratio: number; nines: number | null; downtimePerYearHours: number };
  conservation: { holds: boolean; generated: number; terminal: number; inFlight: number };
  series?: {
    bucketMs: number;
    nodes: Record<string, NodeSeries>;
    clients: Record<string, { ok: number[]; failed: number[] }>;
    queues: Record<string, QueueSeries>;
  };
};

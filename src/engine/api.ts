// The engine's public shapes: what the worker, the CLI and the tests see of a running simulation.
import type { Summary } from './metrics/summaryTypes';
import type { RequestTrace } from './metrics/requestTraces';

export type SimMs = number;

/** How a logical request (or one attempt) ended. The summary's `byOutcome` keys. */
export type Outcome = 'ok' | 'error' | 'timeout' | 'rejected' | 'shed' | 'unavailable' | 'lost';
export const OUTCOMES: readonly Outcome[] = ['ok', 'error', 'timeout', 'rejected', 'shed', 'unavailable', 'lost'];

/** The state a node shows (the page's `data-state`). Most severe first. */
export type NodeState = 'down' | 'hung' | 'slow' | 'erroring' | 'up';

export type FaultAction =
  | { action: 'kill' }
  /** A clean shutdown: to the node it is a kill, but a VRRP master first sends a priority-0 advert. */
  | { action: 'stop' }
  | { action: 'hang' }
  | { action: 'slow'; factor: number }
  | { action: 'errors'; rate: number }
  | { action: 'revive' }
  | { action: 'heal' }
  | { action: 'partition'; from: string }
  /** Queues: move every dead-lettered job back to the queue. */
  | { action: 'redrive' }
  /** Worker pools: set the number of workers. */
  | { action: 'scale'; concurrency: number };

/** A user action or scheduled fault, stamped with the simulated time it happened at. */
export type Command = { atMs: SimMs; target: string } & FaultAction;

/** One message crossing one link, for the animation. */
export type Hop = {
  from: string;
  to: string;
  departMs: SimMs;
  arriveMs: SimMs;
  /** `rejected`: a call refused by an open breaker at its caller — it never leaves (from = to side). */
  kind: 'request' | 'response' | 'probe' | 'probe-response' | 'rejected';
  /** Set on responses: how the attempt ended at the node that answered. */
  outcome?: Outcome;
  /** 1 for a first attempt, 2+ for retries (later issues). */
  attempt: number;
  /** Set when the message was addressed to a virtual IP and delivered to its master. */
  via?: string;
};

export type StateChange =
  | { type: 'node-state'; atMs: SimMs; node: string; state: NodeState }
  | { type: 'health'; atMs: SimMs; balancer: string; target: string; healthy: boolean }
  | { type: 'duplicate'; atMs: SimMs; queue: string; jobId: number; jobType: string; user: number | null }
  | { type: 'job-dead'; atMs: SimMs; queue: string; jobId: number; jobType: string; receiveCount: number }
  | { type: 'breaker'; atMs: SimMs; site: string; owner: string; target: string; state: 'closed' | 'open' | 'half-open' };

export type NodeLive = {
  id: string;
  kind: string;
  state: NodeState;
  /** Requests being served right now (worker slots in use) and the concurrency limit. */
  busy: number;
  concurrency: number;
  queueLength: number;
  arrivals: number;
  completed: number;
  errors: number;
  shed: number;
  utilization: number;
  /** Balancers: whether each target is in rotation, with its current check run (e.g. 2 of 3 failed). */
  health?: Record<string, { healthy: boolean; failRun: number; passRun: number; fall: number; rise: number }>;
  routed?: Record<string, number>;
  /** Queues: jobs waiting, delivered and not yet acknowledged, dead-lettered, and the oldest one's age. */
  queue?: { waiting: number; inFlight: number; deadLetter: number; oldestAgeMs: number };
  /** Databases with a standby: writes lost in failovers so far, and how many promotions. */
  failover?: { lostWrites: number; promotions: number; hasStandby: boolean };
  /** Virtual IPs: the member that owns the address now. */
  master?: string;
};

export type ClientLive = {
  id: string;
  /** Per route: requests born, ok and failed so far. */
  byRoute: Record<string, { requests: number; ok: number; failed: number }>;
  /** Attempts per logical request (1 without retries). */
  amplification: number;
  requests: number;
  ok: number;
  failed: number;
  inFlight: number;
  byOutcome: Record<Outcome, number>;
  p50: number;
  p99: number;
};

/** One chart bucket: simulated second [startMs, startMs + bucketMs). */
export type ChartPoint = { startMs: SimMs; ok: number; failed: number; p99: number };

export type BreakerLive = {
  owner: string; target: string; state: 'closed' | 'open' | 'half-open'; rejected: number;
  transitions: { atMs: SimMs; from: string; to: string }[];
};

export type CallSiteLive = { owner: string; target: string; calls: number; attempts: number; amplification: number; retriesDenied: number };

/** A job shown as itself: `delayed` waits out a retry delay (the books count it as waiting). */
export type JobToken = { id: number; type: string; receiveCount: number; state: 'waiting' | 'delayed' | 'in-flight' | 'dead' };

export type QueueLive = {
  enqueued: number; completed: number; deadLettered: number; discarded: number; waiting: number; inFlight: number;
  deliveries: number; redeliveries: number; failures: number; duplicateSideEffects: number; duplicatesSuppressed: number;
  oldestAgeMs: number; booksBalance: boolean;
  /** Some of its jobs by identity (waiting first in line, delivered or delayed, dead-lettered), so a redelivered job shows as itself. */
  tokens?: JobToken[];
};

export type LiveSnapshot = {
  simMs: SimMs;
  events: number;
  nodes: NodeLive[];
  clients: ClientLive[];
  totals: { requests: number; ok: number; failed: number; inFlight: number };
  availability: { ratio: number; nines: number | null; downtimePerYearHours: number };
  /** One-second buckets of the last 60 s: ok / failed / p99 of all clients. */
  chart: { bucketMs: number; points: ChartPoint[] };
  /**
   * More one-second series over the same buckets as `chart.points`, by key:
   * `queue:<id>:depth|inFlight|oldestAgeMs|completions|failures|deadLettered`, `node:<id>:arrivals`.
   */
  series: Record<string, number[]>;
  /** Arrivals per 100 ms at each server over the last 10 s, where a retry herd's spikes show. */
  fine: { bucketMs: number; startMs: SimMs; arrivals: Record<string, number[]> };
  /** Keyed "<owner>-><target>" like the summary. */
  breakers: Record<string, BreakerLive>;
  callSites: Record<string, CallSiteLive>;
  queues: Record<string, QueueLive>;
  /** Nodes whose loss alone cuts some client off from every server. */
  singlePointsOfFailure: string[];
  /** The attempt trees of a few in-flight and recently finished requests (metrics/requestTraces.ts). */
  traces?: RequestTrace[];
};

export type SimListener = {
  hop?: (hop: Hop) => void;
  change?: (change: StateChange) => void;
  /** Every processed event, in order: for determinism tests and debugging. */
  trace?: (atMs: SimMs, seq: number, type: string, subject: string) => void;
};

export type SimOptions = {
  seed?: number;
  /** Node statistics ignore requests that arrive before this time (queueing-theory checks). */
  warmupMs?: SimMs;
  /** Time series bucket size; 0 or absent keeps only the page's one-second chart buckets. */
  seriesBucketMs?: number;
  listener?: SimListener;
  /** Record the attempt trees of a few requests for the snapshot (the page's "Follow one
   * request"); off by default, so headless runs, sweeps and benchmarks pay nothing for it. */
  traceRequests?: boolean;
};

export type Sim = {
  readonly now: SimMs;
  readonly events: number;
  /** Processes every event at or before `untilMs`, then sets the clock to it. */
  runUntil(untilMs: SimMs): void;
  /** Applies a live command at the current time and records it in the command log. */
  apply(command: Omit<Command, 'atMs'> | Command): void;
  readonly commandLog: readonly Command[];
  snapshot(): LiveSnapshot;
  summary(opts?: { series?: boolean }): Summary;
};

// The kernel's internal shapes: events, messages, attempts, and the context nodes act through.
import type { Command, Hop, NodeLive, NodeState, Outcome, StateChange } from '../api';
import type { Rng } from '../core/rng';
import type { Address } from '../policies/hashing';
import type { Permit } from '../policies/circuitBreaker';
import type { RequestTrace, RequestTracer } from '../metrics/requestTraces';

/** A logical request: born at a client, ends in exactly one outcome. */
export type Logical = {
  /** Set by the books when it ends, so a second ending is caught. */
  ended: boolean;
  id: number;
  client: string;
  route: string;
  startMs: number;
  user: number; // closed-loop user index, -1 for open-loop arrivals
  /** Which of the client's source addresses sent it (see policies/sources.ts). */
  source: number;
  address: Address;
  /** Identifies the source across clients, for per-client caches (server affinity). */
  sourceKey: number;
  attempts: number;
  done: boolean;
  /** Set for the few requests whose tree of attempts is being recorded (metrics/requestTraces.ts). */
  trace: RequestTrace | null;
};

/** A job in a queue (see nodes/queue.ts). `user` is the logical request that enqueued it. */
export type QueueJob = {
  id: number; type: string; user: number | null; enqueuedAtMs: number;
  receiveCount: number; receipt: number; state: 'waiting' | 'delayed' | 'in-flight' | 'done' | 'dead';
  /** Times its visibility timeout ran out (a worker died or was too slow): BullMQ's stalls. */
  stalls: number;
};

/** A health probe in flight, owned by a balancer. */
export type Probe = { balancer: string; target: string; done: boolean };

/** One call through a call site: a client's logical request, or one downstream call of a job. */
export type CallState = {
  site: CallSiteRef;
  logical: Logical | null;
  /** The attempt a server was serving when it made this downstream call (null at a client). */
  parent: Attempt | null;
  route: string;
  attempts: number;
  previousDelayMs: number;
  lastRetryCost: number;
  done: boolean;
  /** Called once with the call's outcome; gets the call so one function can serve every call. */
  finish(outcome: Outcome, call: CallState): void;
  /** Carried by every attempt of this call (an enqueue's job type). */
  extra?: { enqueue?: { type: string } };
};

/** What an attempt needs to know of the call site that sent it (see nodes/callSite.ts). */
export type CallSiteRef = {
  key: string;
  onResponse(attempt: Attempt, outcome: Outcome): void;
  onTimeout(attempt: Attempt): void;
  retryNow(call: CallState): void;
};

/** One attempt travelling through the system. A probe is an attempt with no logical request. */
export type Attempt = {
  id: number;
  logical: Logical | null;
  probe: Probe | null;
  /** The call this attempt belongs to (null for probes). */
  call: CallState | null;
  /** The breaker's permit for this attempt, when its call site has a breaker. */
  permit: Permit | null;
  route: string;
  number: number;
  /** Set when the attempt's caller has given up or it ended: later answers are ignored. */
  done: boolean;
  /** A request to a queue to add a job of this type (a server route's `enqueue`). */
  enqueue?: { type: string };
  /** A job delivered by a queue to its workers, with the receipt of this delivery. */
  delivery?: { job: QueueJob; receipt: number };
  /** An optimistic read-modify-write in progress (database `conflicts`): the version it read. */
  rmw?: { phase: 'read' | 'write'; row: number; version: number };
  /** The balancers holding this attempt until its answer comes back (nodes/heldAttempts.ts). */
  holds: AttemptHold | null;
};

/** A balancer's hold on an attempt, one link of the attempt's chain of holds. */
export type AttemptHold = { owner: unknown; nextOnAttempt: AttemptHold | null };

/** What the network carries. `refused` is a connection refused by a dead node. */
export type Reply = Outcome | 'refused';
export type Message =
  | { dir: 'request'; attempt: Attempt; outcome: null }
  | { dir: 'response'; attempt: Attempt; outcome: Reply };

/**
 * A message on the wire is its own delivery event: one object per hop instead of a message
 * wrapped in an event (hops are most of a run's events and allocations).
 */
export type Delivery = { type: 'deliver'; atMs: number; to: string; from: string } & Message;

export type Job = {
  attempt: Attempt; replyTo: string; arrivalMs: number; startMs: number; cancelled: boolean; counted: boolean;
  /** Index of the downstream call in progress, and an answer that arrived while the server hung. */
  callIndex: number;
  pendingOutcome: Outcome | null;
  /** Links of the server's in-service list (see nodes/jobList.ts). */
  prev: Job | null; next: Job | null; listed: boolean;
};

/** A call site's one timeout timer, armed for its earliest open attempt (nodes/attemptTimeouts.ts). */
export type TimeoutTimer = { type: 'attempt-timeout'; atMs: number; node: string; seq: number; armed: boolean; due(): void };

export type ServiceDone = { type: 'service-done'; atMs: number; node: string; job: Job };

export type SimEvent =
  | Delivery
  | ServiceDone
  | { type: 'client-arrival'; atMs: number; node: string }
  | { type: 'user-send'; atMs: number; node: string; user: number }
  | TimeoutTimer
  | { type: 'retry-wait'; atMs: number; node: string; call: CallState }
  | { type: 'breaker-timer'; atMs: number; node: string; site: string }
  | { type: 'probe-tick'; atMs: number; node: string; target: number }
  | { type: 'probe-timeout'; atMs: number; node: string; probe: Probe }
  | { type: 'fault'; atMs: number; command: Command }
  | { type: 'db-check'; atMs: number; node: string; failover: number }
  | { type: 'db-promoted'; atMs: number; node: string; failover: number }
  | { type: 'vrrp-advert'; atMs: number; node: string }
  | { type: 'job-visible'; atMs: number; node: string; job: QueueJob; receipt: number }
  | { type: 'visibility-timeout'; atMs: number; node: string; job: QueueJob; receipt: number }
  | { type: 'job-step'; atMs: number; node: string; work: unknown }
  | { type: 'vrrp-master-down'; atMs: number; node: string; advertAtMs: number };


export type Kernel = {
  /** The simulated clock; only the event loop moves it. */
  readonly now: number;
  readonly warmupMs: number;
  schedule(event: SimEvent): void;
  /**
   * A scheduler for events that always come a fixed time after `now` (a client's timeout, a
   * check interval): they arrive in time order, so they skip the heap (see eventQueue.ts).
   */
  fixedDelay(): (event: SimEvent) => void;
  /** Takes the next sequence number now, for an event scheduled later with `scheduleReserved`. */
  reserveSeq(): number;
  /** Schedules an event that sorts among same-instant events by a number `reserveSeq` gave. */
  scheduleReserved(event: SimEvent, seq: number): void;
  /** Sends a request over the link from → to, with that link's latency (or drops it if partitioned). */
  request(from: string, to: string, attempt: Attempt): void;
  /** Sends the answer to an attempt back over the link from → to. */
  respond(from: string, to: string, attempt: Attempt, outcome: Reply): void;
  rng(name: string): Rng;
  nextAttemptId(): number;
  /** Records the attempt trees of a few recent requests. */
  readonly tracer: RequestTracer;
  emitChange(change: StateChange): void;
  /** Reports a hop that is not a message on the network (a breaker's rejection). */
  emitHop(hop: Hop): void;
  /** Registers a per-bucket counter in every series set (page chart and exported series). */
  counter(key: string, opts?: { fine?: boolean }): (n?: number) => void;
  /** `chartOnly`: a gauge with a side effect when read (it resets a per-bucket histogram). */
  gauge(key: string, read: () => number, opts?: { chartOnly?: boolean }): void;
};

/** What every node runtime offers the kernel. */
export type NodeRuntime = {
  id: string;
  kind: string;
  receive(msg: Message, from: string): void;
  handle?(event: SimEvent): void;
  fault(command: Command): void;
  state(): NodeState;
  live(): NodeLive;
  /** Called once when the run's clock stops moving, to settle time-weighted stats. */
  settle?(nowMs: number): void;
};


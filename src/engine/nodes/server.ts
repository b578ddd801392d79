// A server (or a database's primary): `concurrency` slots, a FIFO queue up to `queueLimit`,
// service time per route, an error rate, then its downstream calls made in order while it keeps
// holding the slot. Faults: kill refuses new connections and resets everything it holds; hang
// accepts work and never answers until revived.
import type { Command, NodeLive, Outcome } from '../api';
import type { NodeOf } from '../scenario/schema';
import type { Attempt, Job, Kernel, Message, NodeRuntime, Reply, ServiceDone, SimEvent } from '../sim/types';
import { applyFlags, createFaultFlags, stateOf } from './faultState';
import { createServerStats } from './serverStats';
import { createAffinityCache } from '../policies/affinityCache';
import { planRoutes } from './serverRoutes';
import { handleCallEvent, receiveCallResponse } from './callEvents';
import type { CallSite } from './callSite';
import { createJobList } from './jobList';

/** A health endpoint is cheap, but it waits in the same queue as real work (SEMANTICS.md). */
const PROBE_SERVICE_MS = 1;

/** Lets a wrapper (the database's standby) watch what the server acknowledges. */
export type ServerHooks = {
  /** May change the outcome of a finished request (an optimistic write that lost the race). */
  outcomeOf?(job: Job, outcome: Outcome): Outcome;
  served?(job: Job, outcome: Outcome): void;
};

export type ServerRuntime = NodeRuntime & {
  stats: ReturnType<typeof createServerStats>;
  sites: ReadonlyMap<string, CallSite>;
  affinity(): { hits: number; misses: number } | undefined;
};

export function createServer(node: NodeOf<'server'> | NodeOf<'database'>, k: Kernel, hooks: ServerHooks = {}): ServerRuntime {
  const flags = createFaultFlags();
  const rng = k.rng(`node:${node.id}`);
  const errorRng = rng.fork('errors');
  const { sites, planFor } = planRoutes(node, k, rng);
  const queue: Job[] = [];
  let queueHead = 0; // jobs before this index have left the queue (amortised O(1) shift)
  const inService = createJobList<Job>();
  const stalled: Job[] = []; // reached a step while hung: they hold their slot until revive
  const queued = () => queue.length - queueHead;
  const slotsUsed = () => inService.size + stalled.length;
  const stats = createServerStats(node.id, k, queued, slotsUsed);
  const queueLimit = node.queueLimit ?? Infinity;
  const affinity = node.affinity ? createAffinityCache(node.affinity.capacity) : null;
  const missPenaltyMs = node.affinity?.missPenaltyMs ?? 0;

  // A service-done event is read once, when it fires, and nothing keeps it: the next job reuses it.
  const spentDone: ServiceDone[] = [];

  const reply = (job: Job, outcome: Reply) => k.respond(node.id, job.replyTo, job.attempt, outcome);

  function start(job: Job) {
    job.startMs = k.now;
    inService.add(job);
    stats.busyChanged(k.now, slotsUsed());
    let ms = job.attempt.probe ? PROBE_SERVICE_MS : planFor(job.attempt.route).sample();
    ms *= flags.slowFactor;
    const logical = job.attempt.logical;
    if (affinity && logical && !affinity.touch(logical.sourceKey)) ms += missPenaltyMs;
    const done = spentDone.pop() ?? { type: 'service-done', atMs: 0, node: node.id, job };
    done.atMs = k.now + ms;
    done.job = job;
    k.schedule(done);
  }

  function fillSlots() {
    if (flags.killed || flags.hung) return;
    while (slotsUsed() < node.concurrency && queued() > 0) {
      const job = queue[queueHead++];
      if (queueHead > 1024 && queueHead * 2 > queue.length) { queue.splice(0, queueHead); queueHead = 0; }
      start(job);
    }
  }

  function finish(job: Job, result: Outcome) {
    const outcome = hooks.outcomeOf ? hooks.outcomeOf(job, result) : result;
    inService.delete(job);
    if (job.counted) stats.served(job, k.now, outcome === 'ok', job.attempt.done);
    stats.busyChanged(k.now, slotsUsed());
    hooks.served?.(job, outcome);
    reply(job, outcome);
    fillSlots();
  }

  /** After the service time: fail by the error rate, else make the route's calls in order. */
  function afterService(job: Job) {
    const errorRate = flags.errorRate ?? node.errorRate;
    if (!job.attempt.probe && errorRate > 0 && errorRng.next() < errorRate) return finish(job, 'error');
    nextCall(job);
  }

  function nextCall(job: Job) {
    const steps = job.attempt.probe ? [] : planFor(job.attempt.route).steps;
    if (job.callIndex >= steps.length) return finish(job, 'ok');
    const step = steps[job.callIndex];
    step.site.call(job.attempt.logical, job.attempt.route, (outcome) => {
      if (job.cancelled) return;
      if (flags.hung) { job.pendingOutcome = outcome; inService.delete(job); stalled.push(job); return; }
      afterCall(job, outcome);
    }, step.enqueue && { enqueue: step.enqueue }, job.attempt);
  }

  function afterCall(job: Job, outcome: Outcome) {
    // A dependency that failed makes this request fail: fast if a breaker rejected it, else a 5xx.
    if (outcome !== 'ok') return finish(job, outcome === 'rejected' ? 'rejected' : 'error');
    job.callIndex++;
    nextCall(job);
  }

  function receiveRequest(attempt: Attempt, from: string) {
    if (flags.killed) {
      if (!attempt.probe) stats.refused();
      k.respond(node.id, from, attempt, 'refused');
      return;
    }
    const counted = !attempt.probe && k.now >= k.warmupMs;
    if (counted) stats.arrived();
    const startNow = !flags.hung && slotsUsed() < node.concurrency && queued() === 0;
    if (!startNow && queued() >= queueLimit) {
      // Shed before any job is made: under overload most requests end here.
      if (counted) stats.shed();
      return k.respond(node.id, from, attempt, 'shed');
    }
    const job: Job = { attempt, replyTo: from, arrivalMs: k.now, startMs: -1, cancelled: false,
      counted, callIndex: 0, pendingOutcome: null, prev: null, next: null, listed: false };
    if (startNow) return start(job);
    queue.push(job);
    stats.queueChanged(queued());
  }

  function kill() {
    // Connection reset: every request it held fails at its caller now, not at a timeout.
    const held = [...inService.drain(), ...stalled, ...queue.slice(queueHead)];
    stalled.length = 0;
    queue.length = 0;
    queueHead = 0;
    affinity?.clear(); // a crashed process loses its warm cache
    stats.busyChanged(k.now, 0);
    for (const job of held) {
      job.cancelled = true;
      if (job.counted) stats.lost();
      reply(job, 'lost');
    }
  }

  function unhang() {
    // The stuck work carries on the moment the process is unstuck; callers may long have gone.
    for (const job of stalled.splice(0)) {
      inService.add(job);
      if (job.pendingOutcome !== null) afterCall(job, job.pendingOutcome);
      else afterService(job);
    }
    fillSlots();
  }

  return {
    id: node.id,
    kind: node.kind,
    stats,
    sites,
    affinity: () => (affinity ? { hits: affinity.hits, misses: affinity.misses } : undefined),
    receive(msg: Message, from: string) {
      if (msg.dir === 'request') receiveRequest(msg.attempt, from);
      else receiveCallResponse(msg);
    },
    handle(ev: SimEvent) {
      if (ev.type !== 'service-done') { handleCallEvent(ev, sites); return; }
      const job = ev.job;
      ev.job = null!; // do not keep the job alive while the event waits for reuse
      spentDone.push(ev);
      if (job.cancelled) return;
      if (flags.hung) {
        inService.delete(job);
        stalled.push(job);
        return;
      }
      afterService(job);
    },
    fault(c: Command) {
      const before = { killed: flags.killed, hung: flags.hung };
      applyFlags(flags, c);
      stats.downChanged(k.now, flags.killed || flags.hung);
      if (c.action === 'kill' && !before.killed) kill();
      if (c.action === 'revive' && before.hung && !flags.hung) unhang();
      if (c.action === 'revive' && before.killed) fillSlots();
    },
    state: () => stateOf(flags),
    settle: (nowMs: number) => stats.settle(nowMs),
    live(): NodeLive {
      return {
        id: node.id, kind: node.kind, state: stateOf(flags), busy: slotsUsed(), concurrency: node.concurrency,
        queueLength: queued(), ...stats.liveCounts(k.now, node.concurrency),
      };
    },
  };
}

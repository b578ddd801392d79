// A server (or database without standby): `concurrency` slots, a FIFO queue up to `queueLimit`,
// service times from its distribution (per route), and an error rate. Faults: kill refuses new
// connections and resets everything it holds; hang accepts work and never answers until revived.
import type { Command, NodeLive } from '../api';
import type { NodeOf } from '../scenario/schema';
import { createSampler, type Sampler } from '../core/distributions';
import type { Attempt, Job, Kernel, Message, NodeRuntime, Reply, SimEvent } from '../sim/types';
import { applyFlags, createFaultFlags, stateOf } from './faultState';
import { createServerStats } from './serverStats';
import { createAffinityCache } from '../policies/affinityCache';

/** A health endpoint is cheap, but it waits in the same queue as real work (SEMANTICS.md). */
const PROBE_SERVICE_MS = 1;

export type ServerRuntime = NodeRuntime & {
  stats: ReturnType<typeof createServerStats>;
  affinity(): { hits: number; misses: number } | undefined;
};

/** Lets a wrapper (the database's standby) watch what the server acknowledges. */
export type ServerHooks = { served?(job: Job, outcome: 'ok' | 'error'): void };

export function createServer(node: NodeOf<'server'> | NodeOf<'database'>, k: Kernel, hooks: ServerHooks = {}): ServerRuntime {
  const flags = createFaultFlags();
  const rng = k.rng(`node:${node.id}`);
  const serviceRng = rng.fork('service');
  const errorRng = rng.fork('errors');
  const defaultSampler = createSampler(node.serviceTime, serviceRng);
  const routeSamplers = new Map<string, Sampler>();
  for (const [route, o] of Object.entries(node.routes ?? {}))
    if (o.serviceTime) routeSamplers.set(route, createSampler(o.serviceTime, serviceRng.fork(route)));

  const queue: Job[] = [];
  let queueHead = 0; // jobs before this index have left the queue (amortised O(1) shift)
  const inService = new Set<Job>();
  const stalled: Job[] = []; // finished service while hung: they hold their slot until revive
  const stats = createServerStats(node.id, k, () => queue.length - queueHead, () => inService.size + stalled.length);
  const queueLimit = node.queueLimit ?? Infinity;
  const affinity = node.affinity ? createAffinityCache(node.affinity.capacity) : null;
  const missPenaltyMs = node.affinity?.missPenaltyMs ?? 0;

  const queued = () => queue.length - queueHead;

  function reply(job: Job, outcome: Reply) {
    k.send(node.id, job.replyTo, { dir: 'response', attempt: job.attempt, outcome });
  }

  function start(job: Job) {
    job.startMs = k.now;
    inService.add(job);
    stats.busyChanged(k.now, inService.size + stalled.length);
    const sampler = job.attempt.probe ? null : routeSamplers.get(job.attempt.route) ?? defaultSampler;
    let ms = (sampler ? sampler() : PROBE_SERVICE_MS) * flags.slowFactor;
    const logical = job.attempt.logical;
    if (affinity && logical && !affinity.touch(logical.sourceKey)) ms += missPenaltyMs;
    k.schedule({ type: 'service-done', atMs: k.now + ms, node: node.id, job });
  }

  function fillSlots() {
    if (flags.killed || flags.hung) return;
    while (inService.size + stalled.length < node.concurrency && queued() > 0) {
      const job = queue[queueHead++];
      if (queueHead > 1024 && queueHead * 2 > queue.length) { queue.splice(0, queueHead); queueHead = 0; }
      start(job);
    }
  }

  function finish(job: Job) {
    inService.delete(job);
    const errorRate = flags.errorRate ?? node.errorRate;
    const outcome = !job.attempt.probe && errorRate > 0 && errorRng.next() < errorRate ? 'error' : 'ok';
    if (job.counted) stats.served(job, k.now, outcome === 'ok');
    stats.busyChanged(k.now, inService.size + stalled.length);
    hooks.served?.(job, outcome);
    reply(job, outcome);
  }

  function receiveRequest(attempt: Attempt, from: string) {
    if (flags.killed) {
      if (!attempt.probe) stats.refused();
      k.send(node.id, from, { dir: 'response', attempt, outcome: 'refused' });
      return;
    }
    const job: Job = { attempt, replyTo: from, arrivalMs: k.now, startMs: -1, cancelled: false,
      counted: !attempt.probe && k.now >= k.warmupMs };
    if (job.counted) stats.arrived();
    if (!flags.hung && inService.size + stalled.length < node.concurrency && queued() === 0) return start(job);
    if (queued() >= queueLimit) {
      if (job.counted) stats.shed();
      return reply(job, 'shed');
    }
    queue.push(job);
    stats.queueChanged(queued());
  }

  function kill() {
    // Connection reset: every request it held fails at its caller now, not at a timeout.
    const held = [...inService, ...stalled, ...queue.slice(queueHead)];
    affinity?.clear(); // a crashed process loses its warm cache
    inService.clear();
    stalled.length = 0;
    queue.length = 0;
    queueHead = 0;
    stats.busyChanged(k.now, 0);
    for (const job of held) {
      job.cancelled = true;
      if (job.counted) stats.lost();
      reply(job, 'lost');
    }
  }

  function revive(wasHung: boolean) {
    if (wasHung) {
      // The stuck work completes the moment the process is unstuck; callers may long have gone.
      for (const job of stalled.splice(0)) { inService.add(job); finish(job); }
    }
    fillSlots();
  }

  return {
    id: node.id,
    kind: node.kind,
    stats,
    affinity: () => (affinity ? { hits: affinity.hits, misses: affinity.misses } : undefined),
    receive(msg: Message, from: string) {
      // A server only answers; responses addressed to it (from calls, later) are not expected yet.
      if (msg.dir === 'request') receiveRequest(msg.attempt, from);
    },
    handle(ev: SimEvent) {
      if (ev.type !== 'service-done' || ev.job.cancelled) return;
      if (flags.hung) {
        inService.delete(ev.job);
        stalled.push(ev.job);
        return;
      }
      finish(ev.job);
      fillSlots();
    },
    fault(c: Command) {
      const before = { killed: flags.killed, hung: flags.hung };
      applyFlags(flags, c);
      stats.downChanged(k.now, flags.killed || flags.hung);
      if (c.action === 'kill' && !before.killed) kill();
      if (c.action === 'revive' && (before.killed || before.hung)) revive(before.hung);
    },
    state: () => stateOf(flags),
    settle: (nowMs: number) => stats.settle(nowMs),
    live(): NodeLive {
      return {
        id: node.id, kind: node.kind, state: stateOf(flags),
        busy: inService.size + stalled.length, concurrency: node.concurrency, queueLength: queued(),
        ...stats.liveCounts(k.now, node.concurrency),
      };
    },
  };
}

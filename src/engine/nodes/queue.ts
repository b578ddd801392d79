// A job queue with at-least-once delivery (SQS semantics): a delivered job is hidden for the
// visibility timeout and deleted only when acknowledged; if the timeout runs out first it is
// delivered again. A failed job is released and visible again after its retry delay. A job that
// has used its `maxReceiveCount` deliveries goes to the dead-letter queue (or is discarded).
// Books: enqueued = completed + deadLettered + discarded + waiting + inFlight.
import type { Command, JobToken, NodeLive } from '../api';
import type { NodeOf } from '../scenario/schema';
import type { Kernel, Message, NodeRuntime, QueueJob, SimEvent } from '../sim/types';
import { applyFlags, createFaultFlags, stateOf } from './faultState';
import { resolveQueue, retryDelayMs } from '../policies/queuePolicy';
import { createQueueStats } from './queueStats';

export type QueueRuntime = NodeRuntime & {
  /** A worker pool asks for the next visible job (null when none). */
  take(): QueueJob | null;
  /** The pool that consumes this queue registers itself to be told when jobs become visible. */
  attach(pool: { wake(): void; id: string }): void;
  redrive(): number;
  /** Records a completed side effect; returns true if this job's effect had already happened. */
  effectDone(job: QueueJob): boolean;
  effectAlready(job: QueueJob): boolean;
  suppressed(job: QueueJob): void;
  stats: ReturnType<typeof createQueueStats>;
  /** A few of its jobs by identity, for the page to draw: the same job keeps its mark when it comes back. */
  tokens(): JobToken[];
};

/** How many jobs of each state the page is shown by identity (the rest are counts). */
const TOKENS_PER_STATE = 12;

export function createQueue(node: NodeOf<'queue'>, k: Kernel): QueueRuntime {
  const flags = createFaultFlags();
  const settings = resolveQueue(node);
  const rng = k.rng(`node:${node.id}`).fork('retry-delay');
  const visible: QueueJob[] = [];
  let head = 0;
  const dead: QueueJob[] = [];
  const out = new Set<QueueJob>(); // delivered or waiting out a retry delay: not in `visible`
  const effects = new Set<number>();
  const previousDelay = new Map<number, number>();
  let nextJobId = 1;
  let pool: { wake(): void; id: string } | null = null;
  const scheduleVisibility = k.fixedDelay();
  const counts = { waiting: 0, inFlight: 0 };
  const stats = createQueueStats(node.id, k, counts, () => dead.length, () => oldestAgeMs());

  function oldestAgeMs(): number {
    for (let i = head; i < visible.length; i++) if (visible[i].state === 'waiting') return k.now - visible[i].enqueuedAtMs;
    return 0;
  }

  function makeVisible(job: QueueJob) {
    out.delete(job);
    job.state = 'waiting';
    visible.push(job);
    pool?.wake();
  }

  /** A delivery ended without an ack (failure or timeout): retry later, or give up. */
  function release(job: QueueJob, failed: boolean) {
    counts.inFlight--;
    job.receipt++; // any later answer from that delivery is stale
    const stalledOut = !failed && settings.maxStalls !== null && ++job.stalls > settings.maxStalls;
    if (job.receiveCount >= settings.maxReceiveCount || stalledOut) {
      job.state = 'dead';
      out.delete(job);
      if (settings.deadLetter) { dead.push(job); stats.deadLettered(); } else stats.discarded();
      k.emitChange({ type: 'job-dead', atMs: k.now, queue: node.id, jobId: job.id, jobType: job.type, receiveCount: job.receiveCount });
      return;
    }
    counts.waiting++;
    const delay = failed ? retryDelayMs(settings, job.receiveCount, rng, previousDelay.get(job.id) ?? 0) : 0;
    previousDelay.set(job.id, delay);
    if (delay > 0) {
      job.state = 'delayed';
      k.schedule({ type: 'job-visible', atMs: k.now + delay, node: node.id, job, receipt: job.receipt });
    } else makeVisible(job);
  }

  return {
    id: node.id,
    kind: 'queue',
    stats,
    attach(p) { pool = p; },
    take() {
      if (flags.killed || flags.hung) return null;
      while (head < visible.length) {
        const job = visible[head++];
        if (head > 1024 && head * 2 > visible.length) { visible.splice(0, head); head = 0; }
        if (job.state !== 'waiting') continue;
        job.state = 'in-flight';
        out.add(job);
        job.receiveCount++;
        counts.waiting--;
        counts.inFlight++;
        stats.delivered(job, k.now);
        scheduleVisibility({ type: 'visibility-timeout', atMs: k.now + settings.visibilityTimeoutMs, node: node.id, job, receipt: job.receipt });
        return job;
      }
      return null;
    },
    receive(msg: Message, from: string) {
      const a = msg.attempt;
      if (msg.dir === 'request' && a.enqueue) {
        if (flags.killed) return k.respond(node.id, from, a, 'refused');
        const job: QueueJob = { id: nextJobId++, type: a.enqueue.type, user: a.logical?.id ?? null, enqueuedAtMs: k.now,
          receiveCount: 0, receipt: 0, state: 'waiting', stalls: 0 };
        counts.waiting++;
        stats.enqueued();
        makeVisible(job);
        return k.respond(node.id, from, a, 'ok');
      }
      if (msg.dir === 'response' && a.delivery) {
        // An acknowledgement (ok) or a failure report from a worker, for one delivery.
        const { job, receipt } = a.delivery;
        if (job.state !== 'in-flight' || receipt !== job.receipt) return; // stale: that delivery was given up on
        if (msg.outcome === 'ok') {
          job.state = 'done';
          out.delete(job);
          counts.inFlight--;
          previousDelay.delete(job.id);
          stats.completed();
        } else {
          stats.failed();
          release(job, true);
        }
      }
    },
    handle(ev: SimEvent) {
      if (ev.type === 'visibility-timeout' && ev.job.state === 'in-flight' && ev.receipt === ev.job.receipt) release(ev.job, false);
      if (ev.type === 'job-visible' && ev.job.state === 'delayed' && ev.receipt === ev.job.receipt) makeVisible(ev.job);
    },
    redrive() {
      const jobs = dead.splice(0);
      for (const job of jobs) {
        job.receiveCount = 0;
        job.stalls = 0;
        counts.waiting++;
        stats.redriven();
        makeVisible(job);
      }
      return jobs.length;
    },
    effectAlready: (job) => effects.has(job.id),
    effectDone(job) {
      if (effects.has(job.id)) {
        stats.duplicate();
        k.emitChange({ type: 'duplicate', atMs: k.now, queue: node.id, jobId: job.id, jobType: job.type, user: job.user });
        return true;
      }
      effects.add(job.id);
      return false;
    },
    suppressed() { stats.suppressed(); },
    fault(c: Command) {
      applyFlags(flags, c);
      if (c.action === 'redrive') this.redrive();
      if (!flags.killed && !flags.hung) pool?.wake();
    },
    tokens() {
      const token = (j: QueueJob): JobToken => ({ id: j.id, type: j.type, receiveCount: j.receiveCount, state: j.state as JobToken['state'] });
      const tokens: JobToken[] = [];
      for (let i = head, n = 0; i < visible.length && n < TOKENS_PER_STATE; i++)
        if (visible[i].state === 'waiting') { tokens.push(token(visible[i])); n++; }
      let n = 0;
      for (const j of out) { if (n++ >= TOKENS_PER_STATE) break; tokens.push(token(j)); }
      for (const j of dead.slice(-TOKENS_PER_STATE)) tokens.push(token(j));
      return tokens;
    },
    state: () => stateOf(flags),
    live(): NodeLive {
      return { id: node.id, kind: 'queue', state: stateOf(flags), busy: counts.inFlight, concurrency: 0, queueLength: counts.waiting,
        arrivals: stats.enqueuedCount, completed: stats.completedCount, errors: 0, shed: 0, utilization: 0,
        queue: { waiting: counts.waiting, inFlight: counts.inFlight, deadLetter: dead.length, oldestAgeMs: oldestAgeMs() } };
    },
  };
}

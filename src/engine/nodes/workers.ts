// A worker pool consuming a queue. Each worker takes a job, makes the handler's calls (the email
// provider, say), does its own work (serviceTime), then acknowledges. The job's side effect counts
// as done once its calls have succeeded (or at the end of the work, without calls): a worker
// killed after that and before its acknowledgement leaves the job to be delivered again — and done
// again, unless the handler is idempotent. A killed worker's jobs come back only when their
// visibility timeout runs out.
import type { Command, NodeLive, Outcome } from '../api';
import type { NodeOf } from '../scenario/schema';
import { createSampler, type Sampler } from '../core/distributions';
import type { Attempt, Kernel, Message, NodeRuntime, QueueJob, SimEvent } from '../sim/types';
import { applyFlags, createFaultFlags, stateOf } from './faultState';
import { createCallSite, type CallSite } from './callSite';
import { handleCallEvent, receiveCallResponse } from './callEvents';
import type { QueueRuntime } from './queue';

type Work = { job: QueueJob; receipt: number; callIndex: number; cancelled: boolean };
type Handler = { sample: Sampler; errorRate: number; calls: CallSite[] };

export type WorkersRuntime = NodeRuntime & {
  sites: ReadonlyMap<string, CallSite>;
  summary(): { kind: 'workers'; processed: number; failures: number; concurrency: number };
};

export function createWorkers(node: NodeOf<'workers'>, k: Kernel, queue: QueueRuntime): WorkersRuntime {
  const flags = createFaultFlags();
  const rng = k.rng(`node:${node.id}`);
  const errorRng = rng.fork('errors');
  const sites = new Map<string, CallSite>();
  const siteFor = (c: NonNullable<NodeOf<'workers'>['calls']>[number]) => {
    const key = `${node.id}->${c.target}`;
    let site = sites.get(key);
    if (!site) sites.set(key, (site = createCallSite(node.id, key, c, k)));
    return site;
  };
  const fallback: Handler = { sample: createSampler(node.serviceTime, rng.fork('service')), errorRate: node.errorRate, calls: (node.calls ?? []).map(siteFor) };
  const handlers = new Map<string, Handler>(Object.entries(node.jobs ?? {}).map(([type, j]) => [type, {
    sample: j.serviceTime ? createSampler(j.serviceTime, rng.fork(`service:${type}`)) : fallback.sample,
    errorRate: j.errorRate ?? fallback.errorRate,
    calls: j.calls ? j.calls.map(siteFor) : fallback.calls,
  }]));
  const handlerFor = (type: string) => handlers.get(type) ?? fallback;
  let concurrency = node.concurrency;
  const busy = new Set<Work>();
  const parked: Work[] = []; // work that reached a step while the pool hung
  let processed = 0, failures = 0;

  function report(work: Work, outcome: Outcome) {
    busy.delete(work);
    if (outcome === 'ok') processed++; else failures++;
    const attempt: Attempt = { id: k.nextAttemptId(), logical: null, probe: null, call: null, permit: null, route: work.job.type,
      number: work.job.receiveCount, done: false, enqueue: undefined, delivery: { job: work.job, receipt: work.receipt }, rmw: undefined, holds: null };
    k.respond(node.id, queue.id, attempt, outcome);
    pull();
  }

  function nextCall(work: Work) {
    const h = handlerFor(work.job.type);
    if (work.callIndex < h.calls.length) {
      h.calls[work.callIndex].call(null, work.job.type, (outcome) => {
        if (work.cancelled) return;
        if (outcome !== 'ok') return report(work, 'error');
        work.callIndex++;
        nextCall(work);
      });
      return;
    }
    // Calls done: the effect (the email) has happened, unless it already had.
    if (h.calls.length > 0 && effect(work)) return;
    k.schedule({ type: 'job-step', atMs: k.now + h.sample() * flags.slowFactor, node: node.id, work });
  }

  /** Records the side effect; returns true when the job was finished by it (idempotent duplicate). */
  function effect(work: Work): boolean {
    if (node.idempotent && queue.effectAlready(work.job)) {
      queue.suppressed(work.job);
      report(work, 'ok');
      return true;
    }
    queue.effectDone(work.job);
    return false;
  }

  function begin(job: QueueJob) {
    const work: Work = { job, receipt: job.receipt, callIndex: 0, cancelled: false };
    busy.add(work);
    // An idempotent handler checks first whether this job's effect already happened.
    if (node.idempotent && queue.effectAlready(job)) { queue.suppressed(job); return report(work, 'ok'); }
    nextCall(work);
  }

  function pull() {
    while (!flags.killed && !flags.hung && busy.size < concurrency) {
      const job = queue.take();
      if (!job) return;
      begin(job);
    }
  }

  queue.attach({ id: node.id, wake: pull });

  return {
    id: node.id,
    kind: 'workers',
    sites,
    summary: () => ({ kind: 'workers' as const, processed, failures, concurrency }),
    receive(msg: Message) { receiveCallResponse(msg); },
    handle(ev: SimEvent) {
      if (ev.type !== 'job-step') { handleCallEvent(ev, sites); return; }
      const work = ev.work as Work;
      if (work.cancelled) return;
      if (flags.hung) { parked.push(work); return; }
      const h = handlerFor(work.job.type);
      if (h.errorRate > 0 && errorRng.next() < h.errorRate) return report(work, 'error');
      if (h.calls.length === 0 && effect(work)) return;
      report(work, 'ok');
    },
    fault(c: Command) {
      applyFlags(flags, c);
      if (c.action === 'kill') {
        // In-flight acknowledgements are lost: the queue redelivers after the visibility timeout.
        for (const work of busy) work.cancelled = true;
        busy.clear();
      }
      if (c.action === 'scale') concurrency = c.concurrency;
      if (!flags.hung) for (const work of parked.splice(0)) if (!work.cancelled) this.handle!({ type: 'job-step', atMs: k.now, node: node.id, work });
      pull();
    },
    state: () => stateOf(flags),
    live(): NodeLive {
      return { id: node.id, kind: 'workers', state: stateOf(flags), busy: busy.size, concurrency, queueLength: 0,
        arrivals: processed + failures, completed: processed, errors: failures, shed: 0, utilization: 0 };
    },
  };
}

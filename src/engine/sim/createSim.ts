// Builds a running simulation from a validated scenario: the event loop, the kernel the nodes
// act through, faults (scheduled and live, logged with their simulated time), and the readers.
import type { Command, Hop, Sim, SimOptions, StateChange } from '../api';
import type { Scenario } from '../scenario/schema';
import { createEventQueue, type Lane } from '../core/eventQueue';
import { createRng } from '../core/rng';
import { createSeriesSet, type SeriesSet } from '../metrics/series';
import { createNetwork } from './network';
import { buildNodes } from './buildNodes';
import { createDirectory } from './nodeDirectory';
import { readSnapshot } from './snapshot';
import { buildSummary } from './summary';
import { singlePointsOfFailure } from '../scenario/spof';
import { createRequestTracer, NO_TRACER } from '../metrics/requestTraces';
import type { Attempt, Delivery, Kernel, Logical, Message, Reply, SimEvent } from './types';

/** The page's chart keeps the last 60 simulated seconds in one-second buckets. */
const CHART_BUCKET_MS = 1000;
const CHART_BUCKETS = 60;

export function createSim(scenario: Scenario, options: SimOptions = {}): Sim {
  const seed = options.seed ?? scenario.seed;
  const rootRng = createRng(seed);
  const queue = createEventQueue<SimEvent>();
  const listener = options.listener ?? {};
  const network = createNetwork(scenario, rootRng.fork('network'));
  const chart = createSeriesSet(CHART_BUCKET_MS, CHART_BUCKETS);
  // Arrivals per 100 ms over the last 10 s: the herd's spikes are shorter than a second.
  const fine = createSeriesSet(100, 100);
  const exported: SeriesSet | null = options.seriesBucketMs
    ? createSeriesSet(options.seriesBucketMs, Math.ceil(scenario.durationMs / options.seriesBucketMs) + 2)
    : null;
  const seriesSets = exported ? [chart, fine, exported] : [chart, fine];
  // The earliest bucket boundary of any set: most events fall inside a bucket and skip the sets.
  let nextClose = 0;
  function advanceSeries(nowMs: number) {
    nextClose = Infinity;
    for (const s of seriesSets) {
      s.advanceTo(nowMs);
      if (s.nextBoundaryMs < nextClose) nextClose = s.nextBoundaryMs;
    }
  }
  const commandLog: Command[] = [];
  // The clock is `kernel.now` alone: V8 boxes a fraction written to a closure variable anew at each
  // write (an allocation per event), while an object field's box is updated in place.
  let events = 0;
  let attemptIds = 0;

  // The books of logical requests: every one born ends exactly once or is still in flight. The
  // summary checks them against the outcomes the clients counted, which are kept separately.
  const books = { generated: 0, ended: 0, endedTwice: 0 };
  const bookkeeper = {
    born() { books.generated++; },
    ended(l: Logical) {
      if (l.ended) { books.endedTwice++; return; }
      l.ended = true;
      books.ended++;
    },
  };

  // Hops of one fixed latency arrive in the order they left: one lane per latency value.
  const delayLanes = new Map<number, Lane>();
  let lastDelay = -1, lastLane: Lane | null = null; // most hops share one latency: skip the Map
  const laneForDelay = (d: number) => {
    if (d === lastDelay) return lastLane!;
    let lane = delayLanes.get(d);
    if (!lane) delayLanes.set(d, (lane = queue.lane()));
    lastDelay = d;
    lastLane = lane;
    return lane;
  };

  const kernel: Kernel & { now: number } = {
    now: 0,
    warmupMs: options.warmupMs ?? 0,
    schedule: (event: SimEvent) => void queue.push(event),
    fixedDelay() {
      const lane = queue.lane();
      return (event: SimEvent) => void queue.pushLane(lane, event);
    },
    reserveSeq: () => queue.reserveSeq(),
    scheduleReserved: (event: SimEvent, seq: number) => queue.pushReserved(event, seq),
    request: (from: string, to: string, attempt: Attempt) => send(from, to, 'request', attempt, null),
    respond: (from: string, to: string, attempt: Attempt, outcome: Reply) => send(from, to, 'response', attempt, outcome),
    rng: (name: string) => rootRng.fork(name),
    nextAttemptId: () => attemptIds++,
    tracer: options.traceRequests ? createRequestTracer() : NO_TRACER,
    emitChange: (change: StateChange) => listener.change?.(change),
    emitHop: (hop: Hop) => listener.hop?.(hop),
    counter(key: string, opts: { fine?: boolean } = {}) {
      // The 100 ms set only keeps what asks for it (server arrivals); the rest would be wasted work.
      const sets = opts.fine ? seriesSets : seriesSets.filter((s) => s !== fine);
      const adds = sets.map((s) => s.counter(key));
      // Unrolled: counters run on every request, a loop over a closure array costs more.
      if (adds.length === 1) return adds[0];
      const [a, b, c] = adds;
      return adds.length === 2 ? (n = 1) => { a(n); b(n); } : (n = 1) => { a(n); b(n); c(n); };
    },
    gauge(key: string, read: () => number, opts: { chartOnly?: boolean } = {}) {
      if (opts.chartOnly) chart.gauge(key, read);
      else for (const s of seriesSets) if (s !== fine) s.gauge(key, read);
    },
  };

  function send(from: string, to: string, dir: Message['dir'], attempt: Attempt, outcome: Reply | null) {
    let via: string | undefined;
    const vip = anyVip ? vips.get(to) : undefined;
    if (vip) {
      via = to;
      to = vip.master(); // the floating address is wherever VRRP says it is right now
    }
    const d = network.delay(from, to);
    if (d < 0) return; // partitioned: the message is lost on the wire; callers find out by timeout
    if (listener.hop) {
      const probe = attempt.probe !== null;
      listener.hop({
        from, to, departMs: kernel.now, arriveMs: kernel.now + d,
        kind: dir === 'request' ? (probe ? 'probe' : 'request') : probe ? 'probe-response' : 'response',
        outcome: dir === 'response' ? (outcome === 'refused' ? 'unavailable' : outcome!) : undefined,
        attempt: attempt.number,
        via,
      });
    }
    const delivery = spentDeliveries.pop() ?? ({ type: 'deliver' } as Delivery);
    delivery.atMs = kernel.now + d;
    delivery.to = to;
    delivery.from = from;
    delivery.dir = dir;
    delivery.attempt = attempt;
    delivery.outcome = outcome as Reply;
    // A zero-latency hop needs no event: deliver it now (same order every run, fewer events).
    if (d === 0) return deliver(delivery);
    if (network.jittered(from, to)) queue.push(delivery);
    else queue.pushLane(laneForDelay(d), delivery);
  }

  // Hops are most of a run's events. Nodes read a delivery and keep only its attempt, so once
  // handled the object is reused for a later hop: a long run makes a few hundred, not millions.
  const spentDeliveries: Delivery[] = [];
  function deliver(delivery: Delivery) {
    runtimeOf(delivery.to)!.receive(delivery, delivery.from);
    delivery.attempt = null!; // do not keep the attempt alive while the object waits for reuse
    spentDeliveries.push(delivery);
  }

  const nodes = buildNodes(scenario, kernel, bookkeeper);
  const vips = new Map(nodes.virtualIps.map((v) => [v.id, v]));
  const anyVip = vips.size > 0; // a constant: most scenarios have none, and every hop asks
  const runtimeOf = createDirectory(nodes.byId);
  const spof = singlePointsOfFailure(scenario);
  for (const f of scenario.faults) queue.push({ type: 'fault', atMs: f.atMs, command: f });

  function applyCommand(c: Command) {
    const target = nodes.byId.get(c.target);
    if (!target) throw new Error(`no node with id "${c.target}"`);
    if (c.action === 'partition') network.partition(c.target, c.from);
    if (c.action === 'heal') network.healAround(c.target);
    const before = target.state();
    // A clean stop ends the process like a crash; only the VRRP goodbye differs (below).
    target.fault(c.action === 'stop' ? { atMs: c.atMs, target: c.target, action: 'kill' } : c);
    const after = target.state();
    if (after !== before) {
      listener.change?.({ type: 'node-state', atMs: kernel.now, node: c.target, state: after });
      for (const vip of nodes.virtualIps) vip.memberChanged(c.target, c.action === 'stop');
    }
  }

  function dispatch(ev: SimEvent) {
    const now = kernel.now = ev.atMs;
    events++;
    if (now >= nextClose) advanceSeries(now);
    listener.trace?.(now, queue.lastSeq, ev.type, ev.type === 'deliver' ? `${ev.from}>${ev.to}` : ev.type === 'fault' ? ev.command.target : ev.node);
    switch (ev.type) {
      case 'deliver': return deliver(ev);
      case 'fault': return applyCommand(ev.command);
      case 'service-done':
      case 'client-arrival':
      case 'user-send':
      case 'attempt-timeout':
      case 'retry-wait':
      case 'breaker-timer':
      case 'probe-tick':
      case 'probe-timeout':
      case 'db-check':
      case 'db-promoted':
      case 'vrrp-advert':
      case 'vrrp-master-down':
      case 'job-visible':
      case 'visibility-timeout':
      case 'job-step':
        return runtimeOf(ev.node)!.handle?.(ev);
    }
  }

  function runUntil(untilMs: number) {
    for (let ev = queue.popUntil(untilMs); ev !== undefined; ev = queue.popUntil(untilMs)) dispatch(ev);
    if (untilMs > kernel.now) {
      kernel.now = untilMs;
      advanceSeries(untilMs);
    }
  }

  return {
    get now() { return kernel.now; },
    get events() { return events; },
    runUntil,
    apply(command) {
      const c = { ...command, atMs: kernel.now } as Command;
      applyCommand(c);
      commandLog.push(c);
    },
    commandLog,
    snapshot: () => readSnapshot(kernel.now, events, nodes, books.generated - books.ended, chart, fine, spof, options.traceRequests ? kernel.tracer : null),
    summary: (opts = {}) => buildSummary({ scenario, seed, now: kernel.now, events, nodes, books, exported: opts.series ? exported : null }),
  };
}

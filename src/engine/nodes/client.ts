// A client: where logical requests are born (Poisson, constant or closed-loop arrivals) and sent
// through its call site (per-attempt timeout, retries, breaker) to its target, and where each one
// ends in one outcome.
import type { Command, NodeLive, Outcome } from '../api';
import type { NodeOf } from '../scenario/schema';
import type { CallState, Kernel, Logical, Message, NodeRuntime, SimEvent } from '../sim/types';
import { applyFlags, createFaultFlags, stateOf } from './faultState';
import { createClientStats } from './clientStats';
import { createSources } from '../policies/sources';
import { createCallSite, type CallSite } from './callSite';
import { handleCallEvent, receiveCallResponse } from './callEvents';

/** Without `sources`, a client sends from this many addresses, picked uniformly (SCENARIO-FORMAT.md). */
const DEFAULT_SOURCES = { count: 1000, zipf: 0 };

export type ClientRuntime = NodeRuntime & { stats: ReturnType<typeof createClientStats>; site: CallSite };

export function createClient(node: NodeOf<'client'>, index: number, k: Kernel, books: { born(l: Logical): void; ended(l: Logical): void }): ClientRuntime {
  const flags = createFaultFlags();
  const rng = k.rng(`node:${node.id}`);
  const arrivalRng = rng.fork('arrivals');
  const routeRng = rng.fork('routes');
  const arrivals = node.arrivals;
  const sourceSpec = node.sources ?? DEFAULT_SOURCES;
  const sources = createSources(index, sourceSpec.count, sourceSpec.zipf, rng.fork('sources'));
  const stats = createClientStats(node.id, node.routes.map((r) => r.name), k);
  const site = createCallSite(node.id, `${node.id}->${node.target}`, node, k);
  const sites = new Map([[site.key, site]]);
  const routeTotal = node.routes.reduce((a, r) => a + r.weight, 0);
  const successesByUser: number[] = [];
  const parkedUsers: number[] = []; // closed-loop users whose turn came while the client was killed
  let nextLogicalId = 0;
  let usersDone = 0;
  const scheduleThink = k.fixedDelay();

  function pickRoute(): string {
    if (node.routes.length === 1) return node.routes[0].name;
    let x = routeRng.next() * routeTotal;
    for (const r of node.routes) if ((x -= r.weight) < 0) return r.name;
    return node.routes[node.routes.length - 1].name;
  }

  function gapMs(): number {
    if (arrivals.process === 'constant') return 1000 / arrivals.ratePerSec;
    if (arrivals.process === 'poisson') return (-1000 / arrivals.ratePerSec) * Math.log(1 - arrivalRng.next());
    return 0;
  }

  if (arrivals.process === 'closed') {
    for (let u = 0; u < arrivals.users; u++) {
      successesByUser.push(0);
      k.schedule({ type: 'user-send', atMs: 0, node: node.id, user: u });
    }
  } else {
    k.schedule({ type: 'client-arrival', atMs: gapMs(), node: node.id });
  }

  function begin(user: number) {
    const source = sources.pick();
    const logical: Logical = {
      ended: false, id: nextLogicalId++, client: node.id, route: pickRoute(), startMs: k.now, user, attempts: 0, done: false,
      source, address: sources.address(source), sourceKey: index * 1_000_003 + source, trace: null,
    };
    logical.trace = k.tracer.begin(logical.id, node.id, logical.route, k.now);
    books.born(logical);
    stats.born(logical.route);
    site.call(logical, logical.route, endCall);
  }

  // One function for every call (no closure per request): the call carries its logical request.
  const endCall = (outcome: Outcome, call: CallState) => end(call.logical!, outcome);

  function end(logical: Logical, outcome: Outcome) {
    logical.done = true;
    books.ended(logical);
    if (logical.trace) k.tracer.end(logical.trace, outcome, k.now);
    stats.ended(logical.route, outcome, k.now - logical.startMs);
    if (logical.user >= 0 && arrivals.process === 'closed') {
      if (outcome === 'ok') successesByUser[logical.user]++;
      const quota = arrivals.requestsPerUser;
      if (quota === undefined || successesByUser[logical.user] < quota)
        scheduleThink({ type: 'user-send', atMs: k.now + arrivals.thinkMs, node: node.id, user: logical.user });
      else if (++usersDone === arrivals.users) stats.allDone(k.now);
    }
  }

  return {
    id: node.id,
    kind: 'client',
    stats,
    site,
    receive(msg: Message) { receiveCallResponse(msg); },
    handle(ev: SimEvent) {
      switch (ev.type) {
        case 'client-arrival':
          // The event has left the queue and nothing else holds it: reuse it for the next arrival.
          ev.atMs = k.now + gapMs();
          k.schedule(ev);
          if (!flags.killed) begin(-1);
          return;
        case 'user-send':
          // A killed client's users wait; revive sends their requests.
          if (flags.killed) parkedUsers.push(ev.user);
          else begin(ev.user);
          return;
        default:
          handleCallEvent(ev, sites);
      }
    },
    fault(c: Command) {
      applyFlags(flags, c);
      if (!flags.killed) for (const user of parkedUsers.splice(0)) begin(user);
    },
    state: () => stateOf(flags),
    live(): NodeLive {
      return { id: node.id, kind: 'client', state: stateOf(flags), busy: 0, concurrency: 0, queueLength: 0,
        arrivals: stats.requests, completed: stats.ok, errors: stats.failed, shed: 0, utilization: 0 };
    },
  };
}

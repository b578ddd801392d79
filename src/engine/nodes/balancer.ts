// A load balancer: picks a target per request with its strategy, among targets its health checks
// keep in rotation; proxies the answer back; on a refused connection tries another target
// (nginx `proxy_next_upstream error`, on by default) unless `onRefused: "fail"`.
import type { Command, NodeLive } from '../api';
import type { NodeOf } from '../scenario/schema';
import type { BalancerSummary } from '../metrics/summaryTypes';
import { createPicker, type StrategyName } from '../policies/balancing';
import type { Attempt, Kernel, Message, NodeRuntime, Reply, SimEvent } from '../sim/types';
import { applyFlags, createFaultFlags, stateOf } from './faultState';
import { createHealthChecker } from './healthChecker';
import { createHeldAttempts } from './heldAttempts';

/** Virtual nodes per target on a consistent-hash ring (SCENARIO-FORMAT.md default). */
const DEFAULT_VIRTUAL_NODES = 100;

/** Every first try shares this empty list; a retry after a refusal gets a list of its own. */
const NONE_TRIED: readonly number[] = [];

export type BalancerRuntime = NodeRuntime & { summary(): BalancerSummary };

export function createBalancer(node: NodeOf<'balancer'>, k: Kernel): BalancerRuntime {
  const flags = createFaultFlags();
  const targets = node.targets;
  const weights = targets.map((t) => node.weights?.[t] ?? 1);
  const picker = createPicker(node.strategy as StrategyName, {
    targets, weights, hashKey: node.hashKey ?? 'address', virtualNodes: node.virtualNodes ?? DEFAULT_VIRTUAL_NODES,
  }, k.rng(`node:${node.id}`).fork('strategy'));
  const conns = targets.map(() => 0);
  const routed = targets.map(() => 0);
  const held = createHeldAttempts();
  const hung: { attempt: Attempt; from: string }[] = [];
  const eligible = targets.map(() => true);
  let noHealthyUpstream = 0;
  const health = createHealthChecker(node, k, () => !flags.killed && !flags.hung);

  function choose(tried: readonly number[], attempt: Attempt): number {
    let any = false;
    for (let i = 0; i < targets.length; i++) {
      // Nearly every request comes with nothing tried yet: skip the search of the empty list.
      eligible[i] = health.inRotation(i) && (tried.length === 0 || !tried.includes(i));
      any ||= eligible[i];
    }
    if (!any && node.whenAllDown === 'fail-open' && !targets.some((_, i) => health.inRotation(i))) {
      // Every target failed its checks: HAProxy/Envoy "panic" routing uses all of them.
      for (let i = 0; i < targets.length; i++) eligible[i] = !tried.includes(i);
    }
    return picker.pick(eligible, conns, attempt.logical?.address);
  }

  function forward(attempt: Attempt, replyTo: string, tried: readonly number[]) {
    const i = choose(tried, attempt);
    if (i < 0) {
      if (tried.length === 0) noHealthyUpstream++;
      k.respond(node.id, replyTo, attempt, 'unavailable');
      return;
    }
    conns[i]++;
    routed[i]++;
    held.add(attempt, replyTo, i, tried);
    k.request(node.id, targets[i], attempt);
  }

  function receiveResponse(attempt: Attempt, outcome: Reply) {
    const h = held.take(attempt);
    if (!h) return; // we were killed meanwhile and already reset this connection
    conns[h.target]--;
    if (outcome === 'refused' && node.onRefused === 'next-upstream') {
      return forward(attempt, h.replyTo, [...h.tried, h.target]);
    }
    k.respond(node.id, h.replyTo, attempt, outcome);
  }

  return {
    id: node.id,
    kind: 'balancer',
    receive(msg: Message, from: string) {
      if (msg.attempt.probe?.balancer === node.id && msg.dir === 'response') return health.answer(msg.attempt.probe, msg.outcome);
      if (msg.dir === 'response') return receiveResponse(msg.attempt, msg.outcome);
      if (flags.killed) return k.respond(node.id, from, msg.attempt, 'refused');
      if (flags.hung) return void hung.push({ attempt: msg.attempt, from });
      forward(msg.attempt, from, NONE_TRIED);
    },
    handle(ev: SimEvent) { health.handle(ev); },
    fault(c: Command) {
      const wasDown = flags.killed || flags.hung;
      applyFlags(flags, c);
      if (c.action === 'kill') {
        for (const h of held.drain()) k.respond(node.id, h.replyTo, h.attempt, 'lost');
        for (const { attempt, from } of hung.splice(0)) k.respond(node.id, from, attempt, 'lost');
        conns.fill(0);
      }
      if (c.action === 'revive' && wasDown) for (const { attempt, from } of hung.splice(0)) forward(attempt, from, NONE_TRIED);
    },
    state: () => stateOf(flags),
    live(): NodeLive {
      return {
        id: node.id, kind: 'balancer', state: stateOf(flags), busy: held.size, concurrency: 0,
        queueLength: hung.length, arrivals: routed.reduce((a, b) => a + b, 0), completed: 0, errors: 0, shed: 0,
        utilization: 0, health: health.live(), routed: Object.fromEntries(targets.map((t, i) => [t, routed[i]])),
      };
    },
    summary(): BalancerSummary {
      return {
        kind: 'balancer',
        routed: Object.fromEntries(targets.map((t, i) => [t, routed[i]])),
        noHealthyUpstream,
        healthTransitions: health.transitions,
      };
    },
  };
}

// A balancer's active health checks: one probe per target every interval (first probes spread
// over the interval, as HAProxy's spread-checks does), a timeout per probe, rise/fall counting.
import type { NodeOf } from '../scenario/schema';
import { createHealthCounter, recordCheck, resolveHealth } from '../policies/healthCheck';
import type { Attempt, Kernel, Probe, Reply, SimEvent } from '../sim/types';

export function createHealthChecker(node: NodeOf<'balancer'>, k: Kernel, alive: () => boolean) {
  const settings = node.healthCheck ? resolveHealth(node.healthCheck) : null;
  const counters = node.targets.map(() => createHealthCounter());
  const transitions: { atMs: number; target: string; to: 'up' | 'down' }[] = [];
  const scheduleTick = k.fixedDelay();
  const scheduleTimeout = k.fixedDelay();

  if (settings) {
    node.targets.forEach((_, i) => {
      const offset = (settings.intervalMs * i) / node.targets.length;
      k.schedule({ type: 'probe-tick', atMs: offset, node: node.id, target: i });
    });
  }

  function record(target: number, passed: boolean) {
    if (!settings || !recordCheck(counters[target], passed, settings)) return;
    const healthy = counters[target].healthy;
    transitions.push({ atMs: k.now, target: node.targets[target], to: healthy ? 'up' : 'down' });
    k.emitChange({ type: 'health', atMs: k.now, balancer: node.id, target: node.targets[target], healthy });
  }

  function tick(target: number) {
    if (!settings) return;
    scheduleTick({ type: 'probe-tick', atMs: k.now + settings.intervalMs, node: node.id, target });
    if (!alive()) return;
    const probe: Probe = { balancer: node.id, target: node.targets[target], done: false };
    const attempt: Attempt = { id: k.nextAttemptId(), logical: null, probe, call: null, permit: null, route: '/health', number: 1, done: false,
      enqueue: undefined, delivery: undefined, rmw: undefined, holds: null }; // the shape of every attempt (see callSite.ts)
    scheduleTimeout({ type: 'probe-timeout', atMs: k.now + settings.timeoutMs, node: node.id, probe });
    k.request(node.id, probe.target, attempt);
  }

  return {
    transitions,
    inRotation: (i: number) => counters[i].healthy,
    handle(ev: SimEvent) {
      if (ev.type === 'probe-tick') tick(ev.target);
      else if (ev.type === 'probe-timeout' && !ev.probe.done) {
        ev.probe.done = true;
        record(node.targets.indexOf(ev.probe.target), false);
      }
    },
    answer(probe: Probe, outcome: Reply) {
      if (probe.done) return;
      probe.done = true;
      record(node.targets.indexOf(probe.target), outcome === 'ok');
    },
    live() {
      if (!settings) return undefined;
      return Object.fromEntries(node.targets.map((t, i) => [t, {
        healthy: counters[i].healthy, failRun: counters[i].failRun, passRun: counters[i].passRun,
        fall: settings.fall, rise: settings.rise,
      }]));
    },
  };
}

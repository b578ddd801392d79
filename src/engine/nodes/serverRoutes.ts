// What a server does for each route: its service time and its downstream calls (a route's
// override replaces the server's default), with one call site per declared call.
import type { NodeOf } from '../scenario/schema';
import { createSampler, type Sampler } from '../core/distributions';
import type { Rng } from '../core/rng';
import type { Kernel } from '../sim/types';
import { createCallSite, type CallSite } from './callSite';

/** A step the request makes while holding its slot: a downstream call, or adding a job to a queue. */
export type Step = { site: CallSite; enqueue?: { type: string } };
export type RoutePlan = { sample: Sampler; steps: Step[] };

export function planRoutes(node: NodeOf<'server'> | NodeOf<'database'>, k: Kernel, rng: Rng) {
  const sites = new Map<string, CallSite>();
  const targetsCalled = new Map<string, number>();
  const allCalls = [...(node.calls ?? []), ...Object.values(node.routes ?? {}).flatMap((r) => r.calls ?? [])];
  for (const c of allCalls) targetsCalled.set(c.target, (targetsCalled.get(c.target) ?? 0) + 1);

  function sitesFor(calls: NodeOf<'server'>['calls'], route: string | null): CallSite[] {
    return (calls ?? []).map((c) => {
      // Breaker and summary keys are "<owner>-><target>"; a target called from several places
      // gets the route appended so each call site keeps its own breaker.
      const key = targetsCalled.get(c.target)! > 1 && route ? `${node.id}->${c.target} ${route}` : `${node.id}->${c.target}`;
      let site = sites.get(key);
      if (!site) sites.set(key, (site = createCallSite(node.id, key, c, k)));
      return site;
    });
  }

  // Enqueueing is a call to the queue; one call site per queue.
  const enqueueSteps = (list: NodeOf<'server'>['enqueue']): Step[] => (list ?? []).map((e) => {
    const key = `${node.id}->${e.queue}`;
    let site = sites.get(key);
    if (!site) sites.set(key, (site = createCallSite(node.id, key, { target: e.queue }, k)));
    return { site, enqueue: { type: e.job } };
  });
  const stepsOf = (calls: NodeOf<'server'>['calls'], enqueue: NodeOf<'server'>['enqueue'], route: string | null): Step[] =>
    [...sitesFor(calls, route).map((site) => ({ site })), ...enqueueSteps(enqueue)];

  const serviceRng = rng.fork('service');
  const fallback: RoutePlan = { sample: createSampler(node.serviceTime, serviceRng), steps: stepsOf(node.calls, node.enqueue, null) };
  const plans = new Map<string, RoutePlan>();
  for (const [route, o] of Object.entries(node.routes ?? {})) {
    plans.set(route, {
      sample: o.serviceTime ? createSampler(o.serviceTime, serviceRng.fork(route)) : fallback.sample,
      steps: stepsOf(o.calls ?? node.calls, o.enqueue ?? node.enqueue, route),
    });
  }
  // Most servers declare no routes: then every request takes the fallback without a lookup.
  return { sites, planFor: (route: string) => (plans.size === 0 ? fallback : plans.get(route) ?? fallback) };
}

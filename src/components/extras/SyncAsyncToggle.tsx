// Sync or async on the registration route: send the email inside the request (a call to the
// provider) or enqueue it for the workers. Through session.setParam on
// `nodes[i].routes["/register"]`, so the run replays with the same traffic and the learner
// compares /register's latency directly.
import { useRef } from 'react';
import { useApp, useRuntime } from '../RuntimeContext';

type Route = { serviceTime?: unknown; calls?: unknown[]; enqueue?: { queue: string; job: string }[] };
type Node = { id: string; kind: string; source?: string; calls?: unknown[]; routes?: Record<string, Route> };
const ROUTE = '/register';

/** Where the route lives and how the workers of its queue do the job inline. */
export function findRegistration(doc: unknown): { index: number; route: Route; inline: unknown[]; queue: string | null } | null {
  const nodes = (doc as { nodes?: Node[] } | null)?.nodes;
  if (!Array.isArray(nodes)) return null;
  const index = nodes.findIndex((n) => n.kind === 'server' && n.routes?.[ROUTE]);
  if (index < 0) return null;
  const route = nodes[index].routes![ROUTE];
  const workers = nodes.find((n) => n.kind === 'workers' && (route.enqueue ?? []).some((e) => e.queue === n.source))
    ?? nodes.find((n) => n.kind === 'workers');
  if (!workers?.calls?.length) return null;
  return { index, route, inline: workers.calls, queue: workers.source ?? null };
}

export function SyncAsyncToggle() {
  const { session } = useRuntime();
  const doc = useApp((s) => s.scenarioDoc);
  // The enqueue list the route had before going sync, to restore exactly (registration.json has two jobs).
  const saved = useRef<Route['enqueue'] | null>(null);
  const found = findRegistration(doc);
  if (!found) return null;
  const { index, route, inline, queue } = found;
  const async = (route.enqueue?.length ?? 0) > 0;
  const path = `nodes[${index}].routes["${ROUTE}"]`;
  const toSync = () => {
    saved.current = route.enqueue ?? null;
    const { enqueue: _dropped, ...rest } = route;
    void session.setParam(path, { ...rest, calls: [...(route.calls ?? []), ...inline] });
  };
  const toAsync = () => {
    const { calls: _dropped, ...rest } = route;
    void session.setParam(path, { ...rest, enqueue: saved.current ?? [{ queue: queue ?? 'jobs', job: 'send-welcome-email' }] });
  };
  return (
    <div className="sync-toggle" role="group" aria-label={`${ROUTE} sends the email`}>
      <span className="stat-label">{ROUTE} sends the email</span>
      <button type="button" className="btn" aria-pressed={!async} onClick={async ? toSync : undefined}>Sync (in the request)</button>
      <button type="button" className="btn" aria-pressed={async} onClick={async ? undefined : toAsync}>Async (enqueue)</button>
    </div>
  );
}

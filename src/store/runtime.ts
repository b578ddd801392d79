// Wires the page's long-lived pieces once, outside React (so StrictMode's double effects
// cannot start two workers): store, worker bridge, session, play loop.
import { createBridge, type Bridge } from '../worker/bridge';
import { createSession, type Session } from './session';
import { startPlayLoop } from './loop';
import { recordChanges } from './changesSlice';
import { createAppStore, type AppStore } from './store';
import type { StartParams } from './startParams';
import { decodeShare } from '../share/shareLink';
import { EXAMPLES, findLesson, type Source } from '../lessons/catalog';
import { followSourceInUrl } from './urlSync';

export type Runtime = { store: AppStore; bridge: Bridge; session: Session; dispose(): void };

export function startRuntime(params: StartParams): Runtime {
  const store = createAppStore();
  const bridge = createBridge();
  const session = createSession(store, bridge);
  if (params.speed) store.getState().setSpeed(params.speed);
  const stopLoop = startPlayLoop(store, session, bridge);
  const stopChanges = recordChanges(store, bridge);
  // A share link (`#s=…`) wins over the query: it reproduces what its sender saw, paused at
  // that moment. A damaged one says so and falls back to the default scenario.
  const shared = params.hash ? decodeShare(params.hash) : null;
  // An unknown lesson or example in the URL (a typo, an old link) is explained, not fatal.
  const unknown = unknownSource(params.source);
  const source: Source = unknown ? { kind: 'lesson', id: 'redundancy' } : params.source;
  const started = shared?.ok
    ? session.loadShared(shared.state, sharedSource(shared.state.origin, shared.state.scenario))
    : session.load(source, { seed: params.seed, ratePerSec: params.ratePerSec });
  const notices: string[] = [];
  if (shared && !shared.ok) notices.push(`${shared.message} Showing the default scenario instead.`);
  else if (unknown) notices.push(`${unknown} Showing the first lesson instead.`);
  if (params.ignored) notices.push(`Ignored in the address: ${params.ignored.join('; ')}.`);
  if (notices.length) store.setState({ notice: notices.join(' ') });
  const stopUrl = followSourceInUrl(store, unknown !== null && !shared);
  void started.then(() => {
    if (params.play && store.getState().status === 'ready') store.getState().setPlaying(true);
  });
  return {
    store, bridge, session,
    dispose() { stopLoop(); stopChanges(); stopUrl(); session.dispose(); bridge.dispose(); },
  };
}

/** A shared run opens in its lesson's panel when it came from one, else as a shared file. */
function sharedSource(origin: string | undefined, scenario: unknown): Source {
  if (origin && findLesson(origin)) return { kind: 'lesson', id: origin };
  return { kind: 'file', name: 'shared link', scenario };
}

function unknownSource(source: Source): string | null {
  if (source.kind === 'lesson' && !findLesson(source.id)) return `There is no lesson called "${source.id}".`;
  if (source.kind === 'example' && !EXAMPLES.some((e) => e.id === source.id)) return `There is no example scenario called "${source.id}".`;
  return null;
}

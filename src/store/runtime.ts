// Wires the page's long-lived pieces once, outside React (so StrictMode's double effects
// cannot start two workers): store, worker bridge, session, play loop.
import { createBridge, type Bridge } from '../worker/bridge';
import { createSession, type Session } from './session';
import { startPlayLoop } from './loop';
import { createAppStore, type AppStore } from './store';
import type { StartParams } from './startParams';

export type Runtime = { store: AppStore; bridge: Bridge; session: Session; dispose(): void };

export function startRuntime(params: StartParams): Runtime {
  const store = createAppStore();
  const bridge = createBridge();
  const session = createSession(store, bridge);
  if (params.speed) store.getState().setSpeed(params.speed);
  const stopLoop = startPlayLoop(store, session, bridge);
  void session.load(params.source, { seed: params.seed, ratePerSec: params.ratePerSec }).then(() => {
    if (params.play && store.getState().status === 'ready') store.getState().setPlaying(true);
  });
  return {
    store, bridge, session,
    dispose() { stopLoop(); session.dispose(); bridge.dispose(); },
  };
}

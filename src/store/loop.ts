// The play loop: on each animation frame, while playing, ask for `wallDt × speed` more
// simulated time — but only when the worker has answered the previous request. Wall time
// keeps accruing while it computes, so a slow frame is caught up in the next request.
import type { Bridge } from '../worker/bridge';
import type { Session } from './session';
import type { AppStore } from './store';

// After a background tab or a long GC pause, do not ask for minutes of simulation at once:
// the run slows down instead of freezing the worker.
const MAX_WALL_STEP_MS = 250;

export type FrameScheduler = {
  request(cb: (t: number) => void): number;
  cancel(id: number): void;
};

const browserScheduler: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
};

export function startPlayLoop(store: AppStore, session: Session, bridge: Bridge,
  scheduler: FrameScheduler = browserScheduler): () => void {
  let last: number | null = null;
  let id = scheduler.request(tick);

  function tick(t: number) {
    id = scheduler.request(tick);
    const { playing, speed, status } = store.getState();
    if (!playing || status !== 'ready') { last = null; return; }
    if (last === null) { last = t; return; }
    if (bridge.busy()) return;
    const wallDt = Math.min(t - last, MAX_WALL_STEP_MS);
    last = t;
    if (wallDt > 0) session.advanceBy(wallDt * speed);
  }

  return () => scheduler.cancel(id);
}

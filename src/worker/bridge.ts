// The page's side of the worker: request/answer over postMessage with one request in flight
// at a time. Later requests wait in a queue, so the page never floods the worker and a slow
// worker slows the animation down instead of piling up frames (back-pressure).
import type { Command, FaultAction } from '../engine/api';
import { PROTOCOL_VERSION, type Frame, type FromWorker, type ToWorker } from './protocol';

/** What the bridge needs of a Worker; a fake in tests. */
export type WorkerLike = {
  postMessage(msg: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
};

export type FrameListener = (frame: Frame) => void;

export type Bridge = {
  load(scenario: unknown, seed?: number, replay?: { commandLog: Command[]; atMs: number }): Promise<FromWorker>;
  /** Changes one field of the running scenario (`nodes[1].strategy`) and replays to the same time. */
  set(path: string, value: unknown): Promise<FromWorker>;
  /** Moves the run to `toMs`; going back re-simulates from the start. */
  seek(toMs: number, maxHops: number): Promise<FromWorker>;
  reset(seed?: number): Promise<FromWorker>;
  advance(toMs: number, maxHops: number): Promise<FromWorker>;
  command(target: string, fault: FaultAction): Promise<FromWorker>;
  /** True while a request is in flight or queued: the play loop then skips a tick. */
  busy(): boolean;
  /** Every frame, whichever request caused it. Returns its own unsubscribe. */
  onFrame(listener: FrameListener): () => void;
  dispose(): void;
};

type Distributive<T> = T extends unknown ? Omit<T, 'v'> : never;
type Request = Distributive<ToWorker>;
type Pending = { msg: Request; generation: number; resolve: (answer: FromWorker) => void };

export function createWorker(): WorkerLike {
  return new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export function createBridge(worker: WorkerLike = createWorker()): Bridge {
  const queue: Pending[] = [];
  let inFlight: Pending | null = null;
  // A load or reset starts a new generation: frames answering requests made before it describe
  // a simulation that no longer exists and must not reach the canvas.
  let generation = 0;
  const listeners = new Set<FrameListener>();

  function pump() {
    if (inFlight || queue.length === 0) return;
    inFlight = queue.shift()!;
    worker.postMessage({ ...inFlight.msg, v: PROTOCOL_VERSION } as ToWorker);
  }

  function settle(answer: FromWorker) {
    const done = inFlight;
    inFlight = null;
    if (done) {
      if (answer.type === 'frame' && done.generation === generation) for (const l of listeners) l(answer);
      done.resolve(answer);
    }
    pump();
  }

  worker.onmessage = (e) => settle(e.data);
  // An uncaught error in the worker (a syntax error in a chunk, out of memory) arrives here,
  // not as a message: answer the waiting request with `failed` so the page can say so.
  worker.onerror = (e) => {
    e.preventDefault?.();
    settle({ v: PROTOCOL_VERSION, type: 'failed', message: e.message || 'The simulation worker stopped.' });
  };

  function request(msg: Request): Promise<FromWorker> {
    // Frames from before a load, reset, change or jump in time describe another run.
    if (msg.type === 'load' || msg.type === 'reset' || msg.type === 'set' || msg.type === 'seek') generation++;
    return new Promise((resolve) => {
      queue.push({ msg, generation, resolve });
      pump();
    });
  }

  return {
    load: (scenario, seed, replay) => request({ type: 'load', scenario, seed, ...replay }),
    set: (path, value) => request({ type: 'set', path, value }),
    seek: (toMs, maxHops) => request({ type: 'seek', toMs, maxHops }),
    reset: (seed) => request({ type: 'reset', seed }),
    advance: (toMs, maxHops) => request({ type: 'advance', toMs, maxHops }),
    command: (target, fault) => request({ type: 'command', target, fault }),
    busy: () => inFlight !== null || queue.length > 0,
    onFrame(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    dispose() {
      listeners.clear();
      worker.terminate();
    },
  };
}

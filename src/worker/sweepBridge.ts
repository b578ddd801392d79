// The page's side of the sweep worker. One sweep at a time: starting another (or cancelling)
// terminates the thread, because a running sweep is one long synchronous loop that cannot
// read messages until it ends.
import { SWEEP_PROTOCOL_VERSION, type SweepAnswer, type SweepRequest } from './sweepProtocol';

type Distributive<T> = T extends unknown ? Omit<T, 'v' | 'id'> : never;

export type SweepWorkerLike = {
  postMessage(msg: SweepRequest): void;
  onmessage: ((e: MessageEvent<SweepAnswer>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
};

export type SweepBridge = {
  /** Starts a sweep; answers of an earlier one are never delivered after this. */
  run(request: Distributive<SweepRequest>, onAnswer: (answer: SweepAnswer) => void): void;
  cancel(): void;
  dispose(): void;
};

export const createSweepWorker = (): SweepWorkerLike =>
  new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' }) as unknown as SweepWorkerLike;

export function createSweepBridge(make: () => SweepWorkerLike = createSweepWorker): SweepBridge {
  let worker: SweepWorkerLike | null = null;
  let nextId = 1;
  const stop = () => { worker?.terminate(); worker = null; };
  return {
    run(request, onAnswer) {
      stop();
      const id = nextId++;
      const w = (worker = make());
      w.onmessage = (e) => { if (e.data.id === id) onAnswer(e.data); };
      w.onerror = (e) => {
        e.preventDefault?.();
        onAnswer({ v: SWEEP_PROTOCOL_VERSION, type: 'failed', id, message: e.message || 'The sweep worker stopped.' });
      };
      w.postMessage({ ...request, v: SWEEP_PROTOCOL_VERSION, id } as SweepRequest);
    },
    cancel: stop,
    dispose: stop,
  };
}

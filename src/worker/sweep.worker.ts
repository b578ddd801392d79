// The sweep thread: thin, like sim.worker.ts; the logic is in sweepHandler.ts.
/// <reference lib="webworker" />
import { runSweepRequest } from './sweepHandler';
import type { SweepRequest } from './sweepProtocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<SweepRequest>) => runSweepRequest(event.data, (answer) => self.postMessage(answer));

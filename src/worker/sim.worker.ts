// The simulation thread. Deliberately thin: all logic is in handler.ts (tested without a
// Worker); this file only connects it to postMessage.
/// <reference lib="webworker" />
import { createSim, parseScenario } from '../engine';
import { createHandler } from './handler';
import type { ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const handle = createHandler({ parseScenario, createSim });

self.onmessage = (event: MessageEvent<ToWorker>) => {
  self.postMessage(handle(event.data));
};

// Connects the store to the worker bridge: loading sources, commands, steps, and mirroring
// frames into the store. Framework-free, so the play loop and tests use it without React.
import type { Command, FaultAction } from '../engine/api';
import type { Bridge } from '../worker/bridge';
import type { Frame, FromWorker } from '../worker/protocol';
import { scenarioOf, type Source } from '../lessons/catalog';
import { withRate } from './startParams';
import type { AppStore } from './store';

// At most this many hops cross the thread per frame; at 60 fps and ~300 ms of travel each that
// is enough to keep thousands of particles on screen, while a frame's message stays small.
export const MAX_HOPS_PER_FRAME = 400;
// Numbers nobody can read change faster than this; React re-renders the panels at ≤ 10 Hz.
const FLUSH_EVERY_MS = 100;
/** What Step advances by while paused. */
export const STEP_MS = 100;

export type Session = {
  load(source: Source, opts?: { seed?: number; ratePerSec?: number }): Promise<void>;
  reset(seed?: number): Promise<void>;
  step(): void;
  /** Asks for `simDeltaMs` more simulated time; the play loop calls it when the bridge is idle. */
  advanceBy(simDeltaMs: number): void;
  command(target: string, fault: FaultAction): Promise<void>;
  /** Changes one field of the running scenario and replays the run to the same moment. */
  setParam(path: string, value: unknown): Promise<{ ok: true } | { ok: false; problems: string[] }>;
  /** Jumps to a simulated time; going back re-simulates, and acting there forks the future. */
  seek(toMs: number): Promise<void>;
  /** Opens a shared state: a scenario, its seed, the actions taken and the moment to show. */
  loadShared(shared: { scenario: unknown; seed?: number; commandLog: Command[]; atMs: number }, source: Source): Promise<void>;
  dispose(): void;
};

export function createSession(store: AppStore, bridge: Bridge, now: () => number = () => performance.now()): Session {
  let targetMs = 0;
  let loadToken = 0;
  let latest: Frame | null = null;
  let lastFlush = -Infinity;
  let forceFlush = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function flush() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!latest) return;
    store.setState({ snapshot: latest.snapshot, commandLog: latest.commandLog });
    latest = null;
    lastFlush = now();
    forceFlush = false;
  }

  const offFrame = bridge.onFrame((frame) => {
    latest = frame;
    const due = now() - lastFlush >= FLUSH_EVERY_MS;
    // State changes wait for the next flush too: under overload, health checks flap on
    // every frame, and re-rendering the panels 60 times a second would starve the canvas.
    if (forceFlush || due) flush();
    // Trailing flush: the last frame before a pause must reach the panels too.
    else if (!timer) timer = setTimeout(flush, FLUSH_EVERY_MS);
  });

  const stopOnFailure = (answer: FromWorker) => {
    if (answer.type === 'failed') store.setState({ status: 'failed', failure: answer.message, playing: false });
  };

  async function afterLoad(answer: FromWorker, token: number) {
    if (token !== loadToken) return; // a newer load or reset has been asked for since
    switch (answer.type) {
      case 'loaded':
        targetMs = answer.simMs;
        store.setState({
          status: 'ready', title: answer.title, seed: answer.seed, durationMs: answer.durationMs,
          topology: answer.nodes, problems: [], failure: null, scenarioDoc: answer.scenario,
          commandError: answer.skipped.length ? `Some actions could not be replayed: ${answer.skipped.join('; ')}` : null,
        });
        forceFlush = true;
        stopOnFailure(await bridge.advance(targetMs, MAX_HOPS_PER_FRAME));
        return;
      case 'rejected':
        store.setState({ status: 'invalid', problems: answer.problems, topology: [], playing: false });
        return;
      case 'invalid':
        store.setState({ status: 'invalid', problems: answer.problems, topology: [], playing: false });
        return;
      case 'failed':
        store.setState({ status: 'failed', failure: answer.message, playing: false });
        return;
      case 'frame':
        return;
    }
  }

  function begin(extra: Partial<ReturnType<AppStore['getState']>>) {
    latest = null;
    store.setState({ status: 'loading', snapshot: null, commandLog: [], failure: null, commandError: null, ...extra });
    return ++loadToken;
  }

  const session: Session = {
    async load(source, opts = {}) {
      const token = begin({ source, selectedNode: null, playing: false, problems: [] });
      const found = scenarioOf(source);
      if ('problems' in found) {
        store.setState({ status: 'invalid', problems: found.problems, topology: [] });
        return;
      }
      const scenario = opts.ratePerSec ? withRate(found.scenario, opts.ratePerSec) : found.scenario;
      await afterLoad(await bridge.load(scenario, opts.seed), token);
    },
    async reset(seed) {
      const { status, source } = store.getState();
      // Nothing valid is loaded: a reset means "try the source again".
      if (status === 'invalid') return session.load(source, { seed });
      const token = begin({ playing: false });
      await afterLoad(await bridge.reset(seed), token);
    },
    step() {
      if (store.getState().status !== 'ready') return;
      store.setState({ playing: false });
      targetMs += STEP_MS;
      forceFlush = true;
      void bridge.advance(targetMs, MAX_HOPS_PER_FRAME).then(stopOnFailure);
    },
    advanceBy(simDeltaMs) {
      if (store.getState().status !== 'ready') return;
      targetMs += simDeltaMs;
      void bridge.advance(targetMs, MAX_HOPS_PER_FRAME).then(stopOnFailure);
    },
    async command(target, fault) {
      forceFlush = true;
      const answer = await bridge.command(target, fault);
      // A refused command (say, an action a node kind does not support) leaves the run intact.
      store.setState({ commandError: answer.type === 'failed' ? `${fault.action} ${target}: ${answer.message}` : null });
    },
    async setParam(path, value) {
      if (store.getState().status !== 'ready') return { ok: false, problems: ['Nothing is running yet.'] };
      const answer = await bridge.set(path, value);
      if (answer.type === 'rejected') return { ok: false, problems: answer.problems };
      if (answer.type === 'loaded') {
        targetMs = answer.simMs;
        forceFlush = true;
        store.setState({ topology: answer.nodes, title: answer.title, durationMs: answer.durationMs, scenarioDoc: answer.scenario });
        stopOnFailure(await bridge.advance(targetMs, MAX_HOPS_PER_FRAME));
        return { ok: true };
      }
      stopOnFailure(answer);
      return { ok: false, problems: [answer.type === 'failed' ? answer.message : 'The change was not applied.'] };
    },
    async seek(toMs) {
      if (store.getState().status !== 'ready') return;
      targetMs = Math.max(0, toMs);
      forceFlush = true;
      stopOnFailure(await bridge.seek(targetMs, MAX_HOPS_PER_FRAME));
    },
    async loadShared(shared, source) {
      const token = begin({ source, selectedNode: null, playing: false, problems: [] });
      await afterLoad(await bridge.load(shared.scenario, shared.seed, { commandLog: shared.commandLog, atMs: shared.atMs }), token);
    },
    dispose() {
      offFrame();
      if (timer) clearTimeout(timer);
    },
  };
  return session;
}

import { describe, expect, it } from 'vitest';
import type { Bridge } from '../worker/bridge';
import { PROTOCOL_VERSION as v, type Frame, type FromWorker } from '../worker/protocol';
import { createSession, STEP_MS } from './session';
import { startPlayLoop } from './loop';
import { createAppStore } from './store';

const frame = (simMs: number): Frame => ({
  v, type: 'frame', simMs, hops: [], dropped: 0, changes: [], commandLog: [], timeline: [],
  snapshot: { simMs } as Frame['snapshot'],
});

/** A bridge that answers at once: loads succeed, advances reach the asked time. */
function fakeBridge(overrides: Partial<Bridge> = {}) {
  const calls: string[] = [];
  const listeners = new Set<(f: Frame) => void>();
  const emit = (f: Frame) => { for (const l of listeners) l(f); return f; };
  let busy = false;
  const bridge: Bridge & { calls: string[]; setBusy(b: boolean): void } = {
    calls,
    setBusy: (b) => { busy = b; },
    load: async (): Promise<FromWorker> => { calls.push('load'); return { v, type: 'loaded', title: 'T', seed: 7, durationMs: 1, nodes: [], scenario: {}, simMs: 0, skipped: [] }; },
    reset: async (seed) => { calls.push(`reset ${seed}`); return { v, type: 'loaded', title: 'T', seed: seed ?? 7, durationMs: 1, nodes: [], scenario: {}, simMs: 0, skipped: [] }; },
    set: async (path) => { calls.push(`set ${path}`); return { v, type: 'rejected', problems: ['x'] }; },
    seek: async (toMs) => { calls.push(`seek ${toMs}`); return emit(frame(toMs)); },
    advance: async (toMs) => { calls.push(`advance ${toMs}`); return emit(frame(toMs)); },
    command: async (target, fault) => { calls.push(`${fault.action} ${target}`); return emit(frame(0)); },
    busy: () => busy,
    onFrame: (l) => { listeners.add(l); return () => { listeners.delete(l); }; },
    dispose: () => {},
    ...overrides,
  };
  return bridge;
}

describe('session', () => {
  it('loads a lesson, then reads its first frame', async () => {
    const store = createAppStore();
    const bridge = fakeBridge();
    await createSession(store, bridge).load({ kind: 'lesson', id: 'redundancy' });
    expect(bridge.calls).toEqual(['load', 'advance 0']);
    expect(store.getState()).toMatchObject({ status: 'ready', title: 'T', seed: 7, snapshot: { simMs: 0 } });
  });

  it('shows a problem for a source that does not exist, without asking the worker', async () => {
    const store = createAppStore();
    const bridge = fakeBridge();
    await createSession(store, bridge).load({ kind: 'example', id: 'nope' });
    expect(bridge.calls).toEqual([]);
    expect(store.getState().status).toBe('invalid');
    expect(store.getState().problems[0]).toMatch(/no example "nope"/);
  });

  it('steps 100 ms at a time and pauses', async () => {
    const store = createAppStore();
    const bridge = fakeBridge();
    const session = createSession(store, bridge);
    await session.load({ kind: 'lesson', id: 'redundancy' });
    store.setState({ playing: true });
    session.step();
    session.step();
    expect(bridge.calls.slice(2)).toEqual([`advance ${STEP_MS}`, `advance ${2 * STEP_MS}`]);
    expect(store.getState().playing).toBe(false);
  });

  it('keeps running when the engine refuses a command, and says why', async () => {
    const store = createAppStore();
    const bridge = fakeBridge({ command: async () => ({ v, type: 'failed', message: 'cannot hang a client' }) });
    const session = createSession(store, bridge);
    await session.load({ kind: 'lesson', id: 'redundancy' });
    await session.command('users', { action: 'hang' });
    expect(store.getState()).toMatchObject({ status: 'ready', commandError: 'hang users: cannot hang a client' });
  });
});

describe('play loop', () => {
  it('asks for wall time × speed, only when the worker is idle, at most 250 ms of wall time at once', async () => {
    const store = createAppStore();
    const bridge = fakeBridge();
    const session = createSession(store, bridge);
    await session.load({ kind: 'lesson', id: 'redundancy' });
    let tick: (t: number) => void = () => {};
    const stop = startPlayLoop(store, session, bridge, { request: (cb) => { tick = cb; return 1; }, cancel: () => {} });
    store.setState({ playing: true, speed: 10 });
    tick(1000); // first frame only starts the clock
    tick(1016);
    bridge.setBusy(true);
    tick(1032); // skipped: an answer is pending
    bridge.setBusy(false);
    tick(1048); // covers the 32 ms since the last request
    tick(3000); // after a stall: capped
    stop();
    expect(bridge.calls.slice(2)).toEqual(['advance 160', 'advance 480', 'advance 2980']);
  });
});

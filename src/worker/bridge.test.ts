import { describe, expect, it } from 'vitest';
import { createBridge, type WorkerLike } from './bridge';
import { PROTOCOL_VERSION as v, type Frame, type FromWorker, type ToWorker } from './protocol';

function fakeWorker() {
  const sent: ToWorker[] = [];
  const w: WorkerLike & { sent: ToWorker[]; answer(a: FromWorker): void } = {
    sent,
    onmessage: null,
    onerror: null,
    postMessage(msg) { sent.push(msg); },
    terminate() {},
    answer(a) { w.onmessage?.({ data: a } as MessageEvent<FromWorker>); },
  };
  return w;
}

const frame = (simMs: number): Frame =>
  ({ v, type: 'frame', simMs, hops: [], dropped: 0, changes: [], snapshot: {} as Frame['snapshot'], commandLog: [], timeline: [] });

describe('bridge', () => {
  it('keeps one request in flight and queues the rest', async () => {
    const w = fakeWorker();
    const bridge = createBridge(w);
    const first = bridge.advance(10, 5);
    void bridge.command('s1', { action: 'kill' });
    expect(w.sent).toHaveLength(1);
    expect(bridge.busy()).toBe(true);
    w.answer(frame(10));
    expect(await first).toMatchObject({ simMs: 10 });
    expect(w.sent.map((m) => m.type)).toEqual(['advance', 'command']);
    expect(w.sent[1]).toEqual({ v, type: 'command', target: 's1', fault: { action: 'kill' } });
    w.answer(frame(10));
    expect(bridge.busy()).toBe(false);
  });

  it('hands frames to listeners until they unsubscribe', () => {
    const w = fakeWorker();
    const bridge = createBridge(w);
    const seen: number[] = [];
    const off = bridge.onFrame((f) => seen.push(f.simMs));
    void bridge.advance(1, 5); w.answer(frame(1));
    off();
    void bridge.advance(2, 5); w.answer(frame(2));
    expect(seen).toEqual([1]);
  });

  it('drops frames of a simulation replaced by a later load', () => {
    const w = fakeWorker();
    const bridge = createBridge(w);
    const seen: number[] = [];
    bridge.onFrame((f) => seen.push(f.simMs));
    void bridge.advance(5, 5);
    void bridge.load({ nodes: [] });
    w.answer(frame(5)); // answers the advance of the old simulation
    w.answer({ v, type: 'loaded', title: '', seed: 1, durationMs: 1, nodes: [], scenario: {}, simMs: 0, skipped: [] });
    void bridge.advance(0, 5); w.answer(frame(0));
    expect(seen).toEqual([0]);
  });

  it('answers the waiting request with failed when the worker crashes', async () => {
    const w = fakeWorker();
    const bridge = createBridge(w);
    const pending = bridge.advance(1, 1);
    w.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    expect(await pending).toEqual({ v, type: 'failed', message: 'boom' });
  });
});

// State changes (a node died, a target left rotation, a breaker flipped) collected from every
// frame, so timelines can show *when* things happened. The session mirrors only the latest
// snapshot; changes of the frames in between would be lost without this log.
import type { StateCreator } from 'zustand';
import type { StateChange } from '../engine/api';
import type { Bridge } from '../worker/bridge';
import type { AppStore } from './store';

// Enough for a long session of flapping checks; the oldest go first.
export const MAX_CHANGES = 2000;
const FLUSH_EVERY_MS = 100;

export type ChangesSlice = { changes: StateChange[] };

export const createChangesSlice: StateCreator<ChangesSlice, [], [], ChangesSlice> = () => ({ changes: [] });

/** Keeps `changes` up to date from the bridge's frames; returns its own unsubscribe. */
export function recordChanges(store: AppStore, bridge: Bridge): () => void {
  let pending: StateChange[] = [];
  let lastSimMs = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    if (pending.length === 0) return;
    const next = store.getState().changes.concat(pending);
    pending = [];
    store.setState({ changes: next.length > MAX_CHANGES ? next.slice(-MAX_CHANGES) : next });
  };

  const offFrame = bridge.onFrame((frame) => {
    // A jump back in time forks the run: what was recorded after that moment never happened.
    if (frame.simMs < lastSimMs) {
      pending = pending.filter((c) => c.atMs <= frame.simMs);
      store.setState({ changes: store.getState().changes.filter((c) => c.atMs <= frame.simMs) });
    }
    lastSimMs = frame.simMs;
    if (frame.changes.length === 0) return;
    pending.push(...frame.changes);
    // Batched like the session's flush: flapping checks must not re-render every frame.
    timer ??= setTimeout(flush, FLUSH_EVERY_MS);
  });

  // A new load or reset starts a new run with its own history.
  const offStore = store.subscribe((s, prev) => {
    if (s.status === 'loading' && prev.status !== 'loading') {
      pending = [];
      lastSimMs = 0;
      store.setState({ changes: [] });
    }
  });

  return () => { offFrame(); offStore(); if (timer) clearTimeout(timer); };
}

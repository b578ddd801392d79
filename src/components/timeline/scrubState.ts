// The scrubber's small rules, apart from React: how far the run has been, and where a key goes.
import { useEffect, useState } from 'react';
import type { AppStore } from '../../store/store';

/** Arrow keys move 1 s (Shift: 10 s); Home and End go to 0 and to the furthest time reached. */
export function seekKeyTarget(key: string, shift: boolean, nowMs: number, furthestMs: number): number | null {
  const step = shift ? 10_000 : 1_000;
  const clamp = (t: number) => Math.max(0, Math.min(furthestMs, t));
  switch (key) {
    case 'ArrowLeft': case 'ArrowDown': return clamp(nowMs - step);
    case 'ArrowRight': case 'ArrowUp': return clamp(nowMs + step);
    case 'PageDown': return clamp(nowMs - 10_000);
    case 'PageUp': return clamp(nowMs + 10_000);
    case 'Home': return 0;
    case 'End': return furthestMs;
    default: return null;
  }
}

/** The furthest simulated time this run has reached; a new load or reset starts it again at 0. */
export function useFurthest(store: AppStore, simMs: number): number {
  const [furthest, setFurthest] = useState(simMs);
  useEffect(() => store.subscribe((s, prev) => { if (s.status === 'loading' && prev.status !== 'loading') setFurthest(0); }), [store]);
  useEffect(() => setFurthest((f) => Math.max(f, simMs)), [simMs]);
  return furthest;
}

// An ARIA live region that narrates the run's key events (deaths, health checks, breakers, dead
// letters) from the frames' state changes. Batched to one announcement a second: flapping checks
// would otherwise flood a screen reader. Reads frames from the bridge, never through React state.
import { useEffect, useRef, useState } from 'react';
import { useRuntime } from '../RuntimeContext';
import { announcement, narrate, type NarrationContext } from './narration';

const ANNOUNCE_EVERY_MS = 1000;
// Enough to read back what just happened; older lines leave the region.
const KEEP = 4;

export function LiveNarrator() {
  const { bridge, store } = useRuntime();
  const [lines, setLines] = useState<{ id: number; text: string }[]>([]);
  const pending = useRef<string[]>([]);

  useEffect(() => {
    let lastSimMs = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let id = 0;
    const ctx: NarrationContext = {
      thresholds(balancer, target) {
        const h = store.getState().snapshot?.nodes.find((n) => n.id === balancer)?.health?.[target];
        return h ? { fall: h.fall, rise: h.rise } : undefined;
      },
      get balancerCount() { return store.getState().topology.filter((n) => n.kind === 'balancer').length; },
    };
    const flush = () => {
      timer = null;
      if (pending.current.length === 0) return;
      const text = announcement(pending.current);
      pending.current = [];
      setLines((old) => [...old, { id: ++id, text }].slice(-KEEP));
    };
    const off = bridge.onFrame((frame) => {
      // Going back in time re-simulates; what it replays is not news.
      const back = frame.simMs < lastSimMs;
      lastSimMs = frame.simMs;
      if (back) return;
      for (const change of frame.changes) {
        const sentence = narrate(change, ctx);
        if (sentence) pending.current.push(sentence);
      }
      if (pending.current.length > 0) timer ??= setTimeout(flush, ANNOUNCE_EVERY_MS);
    });
    const offLoad = store.subscribe((s, prev) => {
      if (s.status === 'loading' && prev.status !== 'loading') { pending.current = []; lastSimMs = 0; setLines([]); }
    });
    return () => { off(); offLoad(); if (timer) clearTimeout(timer); };
  }, [bridge, store]);

  return (
    <div className="sr-only" role="log" aria-live="polite" aria-label="Run events" data-testid="narrator">
      {lines.map((l) => <p key={l.id}>{l.text}</p>)}
    </div>
  );
}

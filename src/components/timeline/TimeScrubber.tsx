// The timeline under the topology: a scrubber from 0 to the furthest simulated time reached,
// with a mark for every recorded action. Seeking back re-simulates from the command log (the
// same state, event for event); seeking forward replays the recorded actions; acting in the
// past forks the future (the worker drops what was recorded after that moment).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Command } from '../../engine/api';
import { useApp, useRuntime } from '../RuntimeContext';
import { seekKeyTarget, useFurthest } from './scrubState';
import '../../styles/features.css';

const fmt = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, '0')}.${Math.floor((ms % 1000) / 100)}`;

export function TimeScrubber() {
  const { store, session, bridge } = useRuntime();
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const ready = useApp((s) => s.status === 'ready');
  const furthest = useFurthest(store, simMs);
  const [timeline, setTimeline] = useState<Command[]>([]);
  // While a seek is in flight, only the latest position asked for is kept (dragging sends many).
  const seeking = useRef<{ busy: boolean; next: number | null }>({ busy: false, next: null });
  const [shown, setShown] = useState<number | null>(null);

  // The recorded actions reach the page with every frame; re-render only when they change.
  useEffect(() => bridge.onFrame((f) => setTimeline((t) => (sameLog(t, f.timeline) ? t : f.timeline))), [bridge]);
  useEffect(() => store.subscribe((s, prev) => { if (s.status === 'loading' && prev.status !== 'loading') setTimeline([]); }), [store]);

  const seek = async (toMs: number) => {
    const q = seeking.current;
    setShown(toMs);
    if (q.busy) { q.next = toMs; return; }
    q.busy = true;
    store.getState().setPlaying(false);
    let target: number | null = toMs;
    while (target !== null) {
      q.next = null;
      await session.seek(target);
      target = q.next;
    }
    q.busy = false;
    setShown(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // From the position last asked for: keys pressed faster than seeks answer still add up.
    const to = seekKeyTarget(e.key, e.shiftKey, shown ?? simMs, furthest);
    if (to === null) return;
    e.preventDefault();
    void seek(to);
  };

  const max = Math.max(furthest, 1);
  const value = shown ?? simMs;
  return (
    <section className="panel timeline-panel" aria-label="Timeline">
      <div className="timeline-row">
        <span className="mono timeline-now" data-testid="timeline-now">{fmt(value)}</span>
        <div className="scrubber">
          <input type="range" min={0} max={max} step={100} value={Math.min(value, max)} disabled={!ready}
            aria-label="Simulated time" aria-valuetext={`${(value / 1000).toFixed(1)} s of ${(furthest / 1000).toFixed(1)} s`}
            data-testid="scrubber"
            onChange={(e) => void seek(Number(e.target.value))} onKeyDown={onKeyDown} />
          <div className="timeline-marks" aria-hidden="true">
            {timeline.map((c, i) => (
              <i key={`${c.atMs}-${i}`} className={`mark mark-${c.action}`} style={{ left: `${(Math.min(c.atMs, max) / max) * 100}%` }}
                title={`${(c.atMs / 1000).toFixed(1)} s: ${c.action} ${c.target}`} />
            ))}
          </div>
        </div>
        <span className="mono muted">{fmt(furthest)}</span>
      </div>
      <p className="hint timeline-hint">
        Drag or use ←/→ (1 s, Shift 10 s), Home, End. Acting in the past replaces what came after.
        {timeline.length > 0 && ` ${timeline.length} recorded action${timeline.length > 1 ? 's' : ''}.`}
      </p>
    </section>
  );
}

function sameLog(a: readonly Command[], b: readonly Command[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].atMs !== b[i].atMs || a[i].action !== b[i].action || a[i].target !== b[i].target) return false;
  return true;
}

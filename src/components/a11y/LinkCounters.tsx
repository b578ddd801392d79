// The reduced-motion stand-in for the particle canvas: on each link, how many requests crossed
// it in the last simulated second. Numbers change in place (four times a second), nothing moves.
import { useEffect, useState } from 'react';
import '../../styles/course.css';
import { useRuntime } from '../RuntimeContext';
import type { Layout } from '../topology/layout';
import { createLinkCounter, linkKey } from './linkCounts';

const UPDATE_EVERY_MS = 250;

export function LinkCounters({ layout, scale }: { layout: Layout; scale: number }) {
  const { bridge, store } = useRuntime();
  const [counts, setCounts] = useState<Map<string, number>>(new Map());

  useEffect(() => {
    const counter = createLinkCounter();
    let last = -Infinity, simMs = 0;
    const off = bridge.onFrame((frame) => {
      if (frame.simMs < simMs) counter.clear(); // a seek back: the old future is gone
      simMs = frame.simMs;
      // At high speed the worker thins hops; each drawn one stands for its share of the dropped.
      counter.add(frame.hops, frame.hops.length > 0 ? (frame.hops.length + frame.dropped) / frame.hops.length : 1);
      const now = performance.now();
      if (now - last >= UPDATE_EVERY_MS) { last = now; setCounts(counter.counts(simMs)); }
    });
    const offLoad = store.subscribe((s, prev) => {
      if (s.status === 'loading' && prev.status !== 'loading') { counter.clear(); simMs = 0; setCounts(new Map()); }
    });
    return () => { off(); offLoad(); };
  }, [bridge, store]);

  return (
    <svg className="link-counters" width={layout.width * scale} height={layout.height * scale}
      viewBox={`0 0 ${layout.width} ${layout.height}`} data-testid="link-counters">
      {layout.links.map((l) => {
        const n = counts.get(linkKey(l.from, l.to)) ?? 0;
        const x = (l.x0 + l.x1) / 2, y = (l.y0 + l.y1) / 2 + 16;
        const text = `${n} req/s`;
        const w = text.length * 6.6 + 10;
        return (
          <g key={linkKey(l.from, l.to)} transform={`translate(${x},${y})`} data-link={linkKey(l.from, l.to)} data-count={n}>
            <rect x={-w / 2} y={-9} width={w} height={18} rx={4} fill="#f8fafc" stroke="#0072B2" />
            <text x={0} y={4} textAnchor="middle" className="link-count">{text}</text>
          </g>
        );
      })}
    </svg>
  );
}

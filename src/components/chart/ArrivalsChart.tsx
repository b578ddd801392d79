// Arrivals per 100 ms at the struggling server over the last 10 simulated seconds: the one-second
// chart averages a retry herd away; at 100 ms its synchronized waves show as spikes.
import { tickLabel } from './axisFormat';
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../RuntimeContext';
import { useSize } from '../useSize';
import { OKABE_ITO } from '../theme';

const M = { top: 22, right: 14, bottom: 22, left: 46 };
const H = 120;

/** The server to watch: the selected one if it has arrivals, else the one with the highest spike. */
export function pickServer(arrivals: Record<string, number[]>, selected: string | null): string | null {
  if (selected && arrivals[selected]) return selected;
  let best: string | null = null, peak = -1;
  for (const [id, counts] of Object.entries(arrivals)) {
    const m = Math.max(0, ...counts);
    if (m > peak) { peak = m; best = id; }
  }
  return best;
}

export function ArrivalsChart() {
  const ready = useApp((s) => !!s.snapshot?.fine);
  // The body measures its width on mount, so it mounts only once there is something to draw.
  return ready ? <ArrivalsBody /> : null;
}

function ArrivalsBody() {
  const fine = useApp((s) => s.snapshot?.fine);
  const selected = useApp((s) => s.selectedNode);
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const [ref, size] = useSize<HTMLDivElement>();
  const server = useMemo(() => (fine ? pickServer(fine.arrivals, selected) : null), [fine, selected]);
  const counts = useApp(useShallow((s) => (server ? s.snapshot?.fine.arrivals[server] ?? [] : [])));
  if (!fine || !server) return null;
  const width = Math.max(240, size.width);
  // The last 10 s up to now: the series may hold buckets not yet reached.
  const x0 = Math.max(fine.startMs, simMs - 10_000);
  const x = scaleLinear().domain([x0, Math.max(x0 + 1000, simMs)]).range([M.left, width - M.right]);
  const peak = max(counts) ?? 0;
  const y = scaleLinear().domain([0, Math.max(5, peak)]).nice().range([H - M.bottom, M.top]);
  const barW = Math.max(1, x(fine.startMs + fine.bucketMs) - x(fine.startMs) - 1);
  return (
    <section className="panel chart-panel" aria-label="Arrivals per 100 ms">
      <div className="panel-head">
        <h2>Arrivals at <span className="mono">{server}</span> per 100 ms, last 10 s</h2>
        <span className="muted" data-testid="arrivals-peak" data-peak={peak}>peak {peak}</span>
      </div>
      <div ref={ref} className="chart-body">
        <svg width={width} height={H} role="img" aria-label={`Arrivals at ${server}: peak ${peak} in one 100 ms window`}>
          <g className="axes">
            {y.ticks(3).map((t) => (
              <g key={t}><line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="grid" />
                <text x={M.left - 6} y={y(t) + 4} textAnchor="end">{tickLabel(t)}</text></g>
            ))}
            {x.ticks(5).map((t) => <text key={t} x={x(t)} y={H - 6} textAnchor="middle">{(t / 1000).toFixed(0)} s</text>)}
            <text x={4} y={12} className="axis-unit">per 100 ms</text>
          </g>
          {counts.map((n, i) => n > 0 && fine.startMs + i * fine.bucketMs >= x0 && fine.startMs + i * fine.bucketMs < simMs && (
            <rect key={i} x={x(fine.startMs + i * fine.bucketMs)} y={y(n)} width={barW} height={y(0) - y(n)} fill={OKABE_ITO.reddishPurple} />
          ))}
        </svg>
      </div>
    </section>
  );
}

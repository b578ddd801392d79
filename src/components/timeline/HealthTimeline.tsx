// The detection delay, drawn: one row per balancer → target over the chart's 60 s window. The
// thin top band is the server's own state (dark = dead or hung), the main band whether the
// balancer keeps it in rotation (hatched = out). The gap between the two is the detection delay,
// also spelled out in words under the rows.
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { StateChange } from '../../engine/api';
import { useApp } from '../RuntimeContext';
import { useSize } from '../useSize';
import { WINDOW_MS } from '../chart/chartSeries';
import { stretches } from './segments';

const ROW = 24, LEFT = 46, RIGHT = 14;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type Row = { balancer: string; target: string };

/** "s2 died at 20.0 s, left rotation at 24.7 s: 4.7 s later" for each death that was detected. */
export function detections(changes: readonly StateChange[], rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const { balancer, target } of rows) {
    const deaths = changes.filter((c) => c.type === 'node-state' && c.node === target && (c.state === 'down' || c.state === 'hung'));
    const death = deaths.at(-1);
    if (!death) continue;
    const left = changes.find((c) => c.type === 'health' && c.balancer === balancer && c.target === target && !c.healthy && c.atMs >= death.atMs);
    out.push(left
      ? `${balancer} → ${target}: died at ${secs(death.atMs)}, out of rotation at ${secs(left.atMs)} — ${secs(left.atMs - death.atMs)} later`
      : `${balancer} → ${target}: died at ${secs(death.atMs)}, still in rotation`);
  }
  return out;
}

export function HealthTimeline() {
  const topology = useApp((s) => s.topology);
  const changes = useApp((s) => s.changes);
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const checked = useApp((s) => s.snapshot?.nodes.filter((n) => n.health).map((n) => n.id).join(',') ?? '');
  const rows = useMemo(() => topology.filter((n) => n.kind === 'balancer' && checked.split(',').includes(n.id))
    .flatMap((b) => b.targets.map((target) => ({ balancer: b.id, target }))), [topology, checked]);
  const [ref, size] = useSize<HTMLDivElement>();
  if (rows.length === 0) return null;
  const width = Math.max(240, size.width);
  const x1 = Math.max(WINDOW_MS, simMs), x0 = x1 - WINDOW_MS;
  const x = scaleLinear().domain([x0, x1]).range([LEFT, width - RIGHT]);
  const texts = detections(changes, rows);
  return (
    <div className="health-timeline" ref={ref} aria-label="Health timeline">
      <h3 className="band-head">Health checks: when a server died, when it left rotation</h3>
      <svg width={width} height={rows.length * ROW + 4} role="img" aria-label={texts.join('. ') || 'No server has died yet'}>
        <defs>
          <pattern id="hatch-out" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fee2e2" /><line x1="0" y1="0" x2="0" y2="6" stroke="#b91c1c" strokeWidth="2.5" />
          </pattern>
        </defs>
        {rows.map((r, i) => {
          const y = i * ROW + 2;
          const node = stretches(changes.filter((c) => c.type === 'node-state' && c.node === r.target)
            .map((c) => ({ atMs: c.atMs, state: (c as { state: string }).state })), 'up', x0, Math.min(x1, simMs));
          const rotation = stretches(changes.filter((c) => c.type === 'health' && c.balancer === r.balancer && c.target === r.target)
            .map((c) => ({ atMs: c.atMs, state: (c as { healthy: boolean }).healthy ? 'in' : 'out' })), 'in', x0, Math.min(x1, simMs));
          return (
            <g key={`${r.balancer}>${r.target}`} data-testid={`health-row-${r.balancer}-${r.target}`}>
              <text x={LEFT - 6} y={y + 15} textAnchor="end" className="band-label">{rows.length > 3 ? `${r.balancer}→${r.target}` : r.target}</text>
              {node.map((s, j) => (
                <rect key={`n${j}`} x={x(s.from)} y={y} width={Math.max(0, x(s.to) - x(s.from))} height={5}
                  fill={s.state === 'up' ? '#e2e8f0' : s.state === 'down' || s.state === 'hung' ? '#1e293b' : '#b45309'} />
              ))}
              {rotation.map((s, j) => (
                <rect key={`r${j}`} x={x(s.from)} y={y + 6} width={Math.max(0, x(s.to) - x(s.from))} height={14}
                  fill={s.state === 'in' ? '#d1fae5' : 'url(#hatch-out)'} stroke={s.state === 'in' ? '#a7f3d0' : '#b91c1c'} strokeWidth={0.5} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="band-notes">{texts.map((t) => <li key={t}>{t}</li>)}</ul>
    </div>
  );
}

// A job queue's health over the last 60 simulated seconds: depth and the oldest job's age (the
// early warning: they climb before anything fails), and jobs processed and failed per second.
import { tickLabel } from './axisFormat';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { max } from 'd3-array';
import { useApp } from '../RuntimeContext';
import { useSize } from '../useSize';
import { OKABE_ITO } from '../theme';

const M = { top: 22, right: 14, bottom: 22, left: 46 };
const H = 118;
type Line = { key: string; label: string; colour: string; scale?: number; dash?: string };

function Panel({ width, t, lines, series, unit }: { width: number; t: number[]; lines: Line[]; series: Record<string, number[]>; unit: string }) {
  const x = scaleLinear().domain([t[0] ?? 0, Math.max((t[0] ?? 0) + 1000, t.at(-1) ?? 1000)]).range([M.left, width - M.right]);
  const values = (l: Line) => (series[l.key] ?? []).slice(0, t.length).map((v) => v * (l.scale ?? 1));
  const top = Math.max(5, max(lines.flatMap(values)) ?? 0);
  const y = scaleLinear().domain([0, top]).nice().range([H - M.bottom, M.top]);
  const path = line<number>().x((_, i) => x(t[i])).y((v) => y(v));
  return (
    <svg width={width} height={H} role="img" aria-label={lines.map((l) => `${l.label} ${Math.round(values(l).at(-1) ?? 0)}`).join(', ')}>
      <g className="axes">
        {y.ticks(3).map((v) => (
          <g key={v}><line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end">{tickLabel(v)}</text></g>
        ))}
        {x.ticks(6).map((v) => <text key={v} x={x(v)} y={H - 6} textAnchor="middle">{Math.round(v / 1000)} s</text>)}
        <text x={4} y={12} className="axis-unit">{unit}</text>
      </g>
      {lines.map((l) => <path key={l.key} d={path(values(l)) ?? ''} fill="none" stroke={l.colour} strokeWidth={2} strokeDasharray={l.dash} />)}
    </svg>
  );
}

export function QueueCharts({ queue }: { queue: string }) {
  const ready = useApp((s) => !!s.snapshot);
  // The body measures its width on mount, so it mounts only once there is something to draw.
  return ready ? <QueueChartsBody queue={queue} /> : null;
}

function QueueChartsBody({ queue }: { queue: string }) {
  const snapshot = useApp((s) => s.snapshot);
  const [ref, size] = useSize<HTMLDivElement>();
  if (!snapshot) return null;
  const { bucketMs, points } = snapshot.chart;
  // Complete buckets only, like the live chart: a half-filled second reads as a sudden dip.
  const n = points.filter((p) => p.startMs + bucketMs <= snapshot.simMs).length;
  const t = points.slice(0, n).map((p) => p.startMs + bucketMs);
  const k = (name: string) => `queue:${queue}:${name}`;
  const width = Math.max(220, (size.width - 12) / 2);
  return (
    <section className="panel chart-panel" aria-label={`Queue ${queue}`}>
      <div className="panel-head">
        <h2>Queue <span className="mono">{queue}</span>, last 60 s</h2>
        <div className="chart-key" aria-hidden="true">
          <span><i style={{ background: OKABE_ITO.orange }} />depth</span>
          <span><i style={{ background: '#334155' }} />oldest job, s</span>
          <span><i style={{ background: OKABE_ITO.blue }} />processed / s</span>
          <span><i style={{ background: OKABE_ITO.vermillion }} />failed / s</span>
        </div>
      </div>
      <div ref={ref} className="chart-body queue-charts">
        <Panel width={width} t={t} series={snapshot.series} unit="jobs · s" lines={[
          { key: k('depth'), label: 'depth', colour: OKABE_ITO.orange },
          { key: k('oldestAgeMs'), label: 'oldest job seconds', colour: '#334155', scale: 1 / 1000, dash: '5 3' },
        ]} />
        <Panel width={width} t={t} series={snapshot.series} unit="jobs / s" lines={[
          { key: k('completions'), label: 'processed per second', colour: OKABE_ITO.blue, scale: 1000 / bucketMs },
          { key: k('failures'), label: 'failed per second', colour: OKABE_ITO.vermillion, scale: 1000 / bucketMs, dash: '5 3' },
        ]} />
      </div>
    </section>
  );
}

// The live chart: ok vs failed requests per second, and p99 latency, over the last 60
// simulated seconds. d3 computes scales and paths; React renders the SVG.
import { tickLabel } from './axisFormat';
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, curveMonotoneX, line } from 'd3-shape';
import { max } from 'd3-array';
import { useApp } from '../RuntimeContext';
import { useSize } from '../useSize';
import { PARTICLE } from '../theme';
import { chartSeries, type SeriesPoint } from './chartSeries';

const M = { top: 22, right: 14, bottom: 22, left: 46 };
const PANEL_H = 128;

export function LiveChart() {
  const chart = useApp((s) => s.snapshot?.chart);
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const series = useMemo(() => chartSeries(chart, simMs), [chart, simMs]);
  const [ref, size] = useSize<HTMLDivElement>();
  const width = Math.max(240, size.width);
  const x = scaleLinear().domain([series.x0, series.x1]).range([M.left, width - M.right]);
  const xTicks = x.ticks(6);

  const rates = series.points;
  const yRate = scaleLinear().domain([0, Math.max(10, max(rates, (p) => Math.max(p.okPerSec, p.failedPerSec)) ?? 0)]).nice()
    .range([PANEL_H - M.bottom, M.top]);
  const yLat = scaleLinear().domain([0, Math.max(10, max(rates, (p) => (p.okPerSec > 0 ? p.p99 : 0)) ?? 0)]).nice().range([PANEL_H - M.bottom, M.top]);

  const okArea = area<SeriesPoint>().x((p) => x(p.t)).y0(yRate(0)).y1((p) => yRate(p.okPerSec)).curve(curveMonotoneX);
  const okLine = line<SeriesPoint>().x((p) => x(p.t)).y((p) => yRate(p.okPerSec)).curve(curveMonotoneX);
  const failedLine = line<SeriesPoint>().x((p) => x(p.t)).y((p) => yRate(p.failedPerSec)).curve(curveMonotoneX);
  // p99 is of successful requests: a second without one has no latency, not a latency of 0.
  const p99Line = line<SeriesPoint>().defined((p) => p.okPerSec > 0).x((p) => x(p.t)).y((p) => yLat(p.p99)).curve(curveMonotoneX);
  const last = rates.at(-1);

  return (
    <section className="panel chart-panel" aria-label="Live chart">
      <div className="panel-head">
        <h2>Last 60 simulated seconds</h2>
        <div className="chart-key" aria-hidden="true">
          <span><i style={{ background: PARTICLE.ok }} />ok / s</span>
          <span><i style={{ background: PARTICLE.failed }} />failed / s</span>
          <span><i style={{ background: '#334155' }} />p99 latency</span>
        </div>
      </div>
      <div ref={ref} className="chart-body">
        <svg width={width} height={PANEL_H} role="img"
          aria-label={last ? `Throughput: ${Math.round(last.okPerSec)} ok and ${Math.round(last.failedPerSec)} failed per second` : 'Throughput: no data yet'}>
          <Axes x={x} xTicks={xTicks} y={yRate} width={width} unit="req/s" />
          <path d={okArea(rates) ?? ''} fill={PARTICLE.ok} opacity={0.12} />
          <path d={okLine(rates) ?? ''} fill="none" stroke={PARTICLE.ok} strokeWidth={2} />
          <path d={failedLine(rates) ?? ''} fill="none" stroke={PARTICLE.failed} strokeWidth={2} strokeDasharray="5 3" />
        </svg>
        <svg width={width} height={PANEL_H} role="img"
          aria-label={last ? `p99 latency ${Math.round(last.p99)} ms` : 'Latency: no data yet'}>
          <Axes x={x} xTicks={xTicks} y={yLat} width={width} unit="p99 ms" />
          <path d={p99Line(rates) ?? ''} fill="none" stroke="#334155" strokeWidth={2} />
        </svg>
      </div>
    </section>
  );
}

type Scale = ReturnType<typeof scaleLinear<number, number>>;

function Axes({ x, xTicks, y, width, unit }: { x: Scale; xTicks: number[]; y: Scale; width: number; unit: string }) {
  return (
    <g className="axes">
      {y.ticks(3).map((t) => (
        <g key={t}>
          <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="grid" />
          <text x={M.left - 6} y={y(t) + 4} textAnchor="end">{tickLabel(t)}</text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={t} x={x(t)} y={PANEL_H - 6} textAnchor="middle">{Math.round(t / 1000)} s</text>
      ))}
      <text x={4} y={12} className="axis-unit">{unit}</text>
    </g>
  );
}

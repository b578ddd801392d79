// One small chart of a sweep: one line per series (strategy), x the swept value, y a metric.
// d3 computes scales and paths; React renders the SVG.
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { max, min } from 'd3-array';
import type { SweepPlan } from '../../lessons/labTypes';
import type { SweepPoint } from './sweepStore';

// Okabe–Ito, in a fixed order so a strategy keeps its colour on both plots.
export const SERIES_COLOURS = ['#D55E00', '#CC79A7', '#0072B2', '#009E73', '#E69F00'];
const DASHES = ['', '6 3', '', '2 2', '8 3 2 3'];
const M = { top: 20, right: 12, bottom: 26, left: 52 };
const H = 170;

type Props = { plan: SweepPlan; plot: SweepPlan['plots'][number]; points: SweepPoint[]; width: number };

export function SweepPlot({ plan, plot, points, width }: Props) {
  const val = (p: SweepPoint) => (plot.metric === 'finishMs' ? (p.metrics.finishMs ?? NaN) / 1000 : p.metrics[plot.metric]);
  const ys = points.map(val).filter((y) => Number.isFinite(y) && (!plot.log || y > 0));
  const x = scaleLinear().domain([min(plan.values) ?? 0, max(plan.values) ?? 1]).range([M.left, width - M.right]);
  const top = Math.max(plot.log ? 10 : 1, max(ys) ?? 1);
  const y = plot.log
    ? scaleLog().domain([Math.max(1e-3, Math.min(top / 10, min(ys) ?? 1)), top]).nice().range([H - M.bottom, M.top])
    : scaleLinear().domain([0, top]).nice().range([H - M.bottom, M.top]);
  const path = line<SweepPoint>().defined((p) => Number.isFinite(val(p)) && (!plot.log || val(p) > 0)).x((p) => x(p.value)).y((p) => y(val(p)));
  const yTicks = plot.log ? y.ticks(4).filter((t, i, all) => all.length <= 5 || Math.log10(t) % 1 === 0) : y.ticks(4);
  return (
    <svg width={width} height={H} role="img" aria-label={`${plot.label} against ${plan.xLabel}`} data-testid={`sweep-plot-${plot.metric}`}>
      <g className="axes">
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end">{t.toLocaleString('en-US')}</text>
          </g>
        ))}
        {plan.values.map((v) => <text key={v} x={x(v)} y={H - 8} textAnchor="middle">{v}</text>)}
        <text x={4} y={12} className="axis-unit">{plot.label}</text>
      </g>
      {plan.series.map((s, i) => {
        const mine = points.filter((p) => p.series === s.id).sort((a, b) => a.value - b.value);
        return (
          <g key={s.id} data-series={s.id} data-points={mine.length}>
            <path d={path(mine) ?? ''} fill="none" stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]} strokeWidth={2} strokeDasharray={DASHES[i % DASHES.length]} />
            {mine.map((p) => Number.isFinite(val(p)) && <circle key={p.value} cx={x(p.value)} cy={y(val(p))} r={2.5} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />)}
          </g>
        );
      })}
    </svg>
  );
}

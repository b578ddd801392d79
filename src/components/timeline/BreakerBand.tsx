// The breaker state band: one row per circuit breaker over the chart's 60 s window, closed /
// open / half-open as colour, pattern and word, from the breaker's own transition history.
import { scaleLinear } from 'd3-scale';
import { useApp } from '../RuntimeContext';
import { useSize } from '../useSize';
import { WINDOW_MS } from '../chart/chartSeries';
import { OKABE_ITO } from '../theme';
import { stretches } from './segments';

const ROW = 22, LEFT = 46, RIGHT = 14;
const FILL = { closed: '#d1fae5', open: '#b91c1c', 'half-open': 'url(#stripe-half)' } as const;
const WORD = { closed: 'closed', open: 'OPEN', 'half-open': 'half' } as const;
type State = keyof typeof FILL;

export function BreakerBand() {
  const breakers = useApp((s) => s.snapshot?.breakers);
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const [ref, size] = useSize<HTMLDivElement>();
  const keys = Object.keys(breakers ?? {});
  if (!breakers || keys.length === 0) return null;
  const width = Math.max(240, size.width);
  const x1 = Math.max(WINDOW_MS, simMs), x0 = x1 - WINDOW_MS;
  const x = scaleLinear().domain([x0, x1]).range([LEFT, width - RIGHT]);
  return (
    <div className="breaker-band" ref={ref} aria-label="Breaker states over time">
      <h3 className="band-head">
        Circuit breakers
        <span className="band-key"><i style={{ background: FILL.closed }} />closed <i style={{ background: FILL.open }} />open <i className="half" />half-open</span>
      </h3>
      <svg width={width} height={keys.length * ROW + 4} role="img" aria-label={keys.map((k) => `${k} ${breakers[k].state}`).join(', ')}>
        <defs>
          <pattern id="stripe-half" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fde68a" /><line x1="0" y1="0" x2="0" y2="6" stroke={OKABE_ITO.orange} strokeWidth="3" />
          </pattern>
        </defs>
        {keys.map((k, i) => {
          const b = breakers[k];
          const y = i * ROW + 2;
          const rows = stretches<State>(b.transitions.map((t) => ({ atMs: t.atMs, state: t.to as State })), 'closed', x0, Math.min(x1, simMs));
          return (
            <g key={k} data-testid={`breaker-band-${k}`}>
              <text x={LEFT - 6} y={y + 13} textAnchor="end" className="band-label">{k.split('->')[0]}</text>
              {rows.map((s, j) => {
                const w = Math.max(0, x(s.to) - x(s.from));
                return (
                  <g key={j}>
                    <rect x={x(s.from)} y={y} width={w} height={17} fill={FILL[s.state]} />
                    {w > 40 && <text x={x(s.from) + 4} y={y + 12.5} className="band-word" fill={s.state === 'open' ? '#fff' : '#1e293b'}>{WORD[s.state]}</text>}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

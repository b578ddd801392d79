// Small SVG gauges inside a node: worker slots in use, and queue length against its limit.
import { OKABE_ITO } from '../theme';

const fmt = (n: number) => n.toLocaleString('en-US');

/** One cell per worker slot while they fit (≥ 3 px each), else a bar: "how many are busy" at a glance. */
export function SlotGauge({ busy, concurrency, y, x0 = -17, x1 = 22 }: { busy: number; concurrency: number; y: number; x0?: number; x1?: number }) {
  const width = x1 - x0;
  const gap = concurrency > 6 ? 2 : 3;
  const fits = Math.floor((width + gap) / (3 + gap));
  const cells = concurrency > 0 && concurrency <= fits ? concurrency : 0;
  const cellW = cells ? (width - gap * (cells - 1)) / cells : 0;
  return (
    <g className="gauge" aria-hidden="true">
      <text x={-62} y={y + 4} className="gauge-label">busy</text>
      {cells > 0
        ? Array.from({ length: cells }, (_, i) => (
            <rect key={i} x={x0 + i * (cellW + gap)} y={y - 5} width={cellW} height={10} rx={2}
              fill={i < busy ? OKABE_ITO.blue : '#fff'} stroke={i < busy ? OKABE_ITO.blue : '#cbd5e1'} />
          ))
        : <Bar x={x0} y={y} width={width} fraction={concurrency ? busy / concurrency : 0} colour={OKABE_ITO.blue} />}
      <text x={64} y={y + 4} textAnchor="end" className="gauge-value">{fmt(busy)}/{fmt(concurrency)}</text>
    </g>
  );
}

export function QueueGauge({ length, limit, y, x0 = -17, x1 = 22 }: { length: number; limit?: number; y: number; x0?: number; x1?: number }) {
  // Without a limit the bar is scaled to 50 waiting requests, a queue worth noticing.
  const scale = limit ?? Math.max(50, length);
  return (
    <g className="gauge" aria-hidden="true">
      <text x={-62} y={y + 4} className="gauge-label">queue</text>
      <Bar x={x0} y={y} width={x1 - x0} fraction={scale ? length / scale : 0} colour={OKABE_ITO.orange} />
      <text x={64} y={y + 4} textAnchor="end" className="gauge-value">{fmt(length)}{limit !== undefined ? `/${fmt(limit)}` : ''}</text>
    </g>
  );
}

function Bar({ x, y, width, fraction, colour }: { x: number; y: number; width: number; fraction: number; colour: string }) {
  const f = Math.min(1, Math.max(0, fraction));
  return (
    <g>
      <rect x={x} y={y - 5} width={width} height={10} rx={3} fill="#f1f5f9" stroke="#cbd5e1" />
      {/* No tween: it updates 10 times a second anyway, and each tween frame repaints the SVG. */}
      <rect x={x} y={y - 5} width={width * f} height={10} rx={3} fill={colour} />
    </g>
  );
}

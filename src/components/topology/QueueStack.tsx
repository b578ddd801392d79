// A job queue drawn as a stack of job tokens: waiting jobs pile up left to right, jobs handed
// to workers show as outlined tokens, and the dead-letter queue is a bin of its own under the
// node. Frames carry counts, not job identities, so tokens stand for counts; a redelivered job
// shows its receive count on the particles of its deliveries' answers (the attempt number).
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../RuntimeContext';
import { OKABE_ITO } from '../theme';
import type { Placed } from './layout';
import { SlotGauge } from './gauges';

const PER_ROW = 11;
const ROWS = 2;
const TOKEN = 9;
const GAP = 2.5;
const fmt = (n: number) => n.toLocaleString('en-US');

function Tokens({ n, x0, y0, fill, stroke, max }: { n: number; x0: number; y0: number; fill: string; stroke: string; max: number }) {
  const shown = Math.min(n, max);
  return (
    <g>
      {Array.from({ length: shown }, (_, i) => (
        <rect key={i} x={x0 + (i % PER_ROW) * (TOKEN + GAP)} y={y0 - Math.floor(i / PER_ROW) * (TOKEN + GAP)} width={TOKEN} height={TOKEN} rx={2}
          fill={fill} stroke={stroke} strokeWidth={1} />
      ))}
    </g>
  );
}

export function QueueStack({ node }: { node: Placed }) {
  const q = useApp(useShallow((s) => {
    const live = s.snapshot?.nodes.find((n) => n.id === node.id)?.queue;
    const books = s.snapshot?.queues[node.id];
    return { waiting: live?.waiting ?? 0, inFlight: live?.inFlight ?? 0, dead: live?.deadLetter ?? 0, oldest: live?.oldestAgeMs ?? 0,
      redeliveries: books?.redeliveries ?? 0 };
  }));
  const top = -node.h / 2, left = -node.w / 2 + 10;
  const capacity = PER_ROW * ROWS;
  const overflow = q.waiting - capacity;
  return (
    <g data-waiting={q.waiting} data-in-flight={q.inFlight} data-dead={q.dead}>
      <text x={-node.w / 2 + 36} y={top + 27} className="node-id">{node.id}</text>
      <text x={node.w / 2 - 12} y={top + 26} textAnchor="end" className="node-kind">queue</text>
      <Tokens n={q.waiting} x0={left} y0={top + 58} fill={OKABE_ITO.orange} stroke="#b45309" max={capacity} />
      <text x={node.w / 2 - 10} y={top + 52} textAnchor="end" className="gauge-value">{overflow > 0 ? `+${fmt(overflow)}` : ''}</text>
      <Tokens n={q.inFlight} x0={left} y0={top + 74} fill="#fff" stroke={OKABE_ITO.blue} max={PER_ROW} />
      <text x={node.w / 2 - 10} y={top + 82} textAnchor="end" className="gauge-value">{q.inFlight > PER_ROW ? `+${fmt(q.inFlight - PER_ROW)}` : ''}</text>
      <text x={left} y={top + 98} className="node-stat">{fmt(q.waiting)} waiting · {fmt(q.inFlight)} out</text>
      <text x={left} y={top + 112} className="gauge-label">oldest {(q.oldest / 1000).toFixed(1)} s · ↻ {fmt(q.redeliveries)}</text>
      {/* The dead-letter queue: its own bin, so a poison job is seen leaving the main queue. */}
      <g transform={`translate(0, ${node.h / 2 + 8})`} className="dlq-bin">
        <rect x={-node.w / 2 + 14} y={0} width={node.w - 28} height={30} rx={5} fill={q.dead ? '#fef2f2' : '#f8fafc'}
          stroke={q.dead ? '#b91c1c' : '#94a3b8'} strokeDasharray="4 3" />
        <text x={-node.w / 2 + 20} y={13} className="gauge-label">dead letters</text>
        <text x={node.w / 2 - 20} y={13} textAnchor="end" className="gauge-value" data-testid={`dlq-${node.id}`}>{fmt(q.dead)}</text>
        <Tokens n={q.dead} x0={-node.w / 2 + 20} y0={17} fill="#7f1d1d" stroke="#7f1d1d" max={9} />
      </g>
    </g>
  );
}

export function WorkersBody({ node }: { node: Placed }) {
  const w = useApp(useShallow((s) => {
    const live = s.snapshot?.nodes.find((n) => n.id === node.id);
    return { busy: live?.busy ?? 0, concurrency: live?.concurrency ?? node.concurrency, done: live?.completed ?? 0, failed: live?.errors ?? 0 };
  }));
  const top = -node.h / 2;
  return (
    <g>
      <text x={-node.w / 2 + 36} y={top + 27} className="node-id">{node.id}</text>
      {/* Each busy slot is a job a worker has taken from the queue. */}
      <SlotGauge busy={w.busy} concurrency={w.concurrency} y={top + 52} />
      <text x={-node.w / 2 + 12} y={top + 80} className="node-stat">{fmt(w.done)} done · {fmt(w.failed)} failed</text>
    </g>
  );
}

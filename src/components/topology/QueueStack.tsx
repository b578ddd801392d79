// A job queue drawn as a stack of job tokens: waiting jobs pile up left to right, jobs handed
// to workers show as outlined tokens below, and the dead-letter queue is a bin of its own under
// the node. The first jobs of each kind are drawn as themselves (jobTokens.ts): a job that comes
// back after its visibility timeout slides back into the line as the same token, marked with
// how many times it has been received.
import { motion } from 'motion/react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../RuntimeContext';
import { OKABE_ITO } from '../theme';
import type { Placed } from './layout';
import { SlotGauge } from './gauges';
import { isBack, placeTokens, returnedJob, type JobToken, type PlacedToken } from './jobTokens';

// Nine a row leaves room at the right for the "+N" of jobs not drawn.
const GRID = { perRow: 9, size: 10, gap: 2, waitingRows: 2 };
const fmt = (n: number) => n.toLocaleString('en-US');
const NO_TOKENS: JobToken[] = [];

function Token({ t }: { t: PlacedToken }) {
  const job = t.job;
  // A job that has been received before is back: vermillion edge and its receive count on it.
  const back = job !== null && isBack(job);
  const fill = t.row === 'waiting' ? (back ? '#fde68a' : OKABE_ITO.orange) : '#fff';
  const stroke = back ? OKABE_ITO.vermillion : t.row === 'waiting' ? '#b45309' : OKABE_ITO.blue;
  return (
    <motion.g initial={false} animate={{ x: t.x, y: t.y }} transition={{ duration: 0.25 }} data-job={job?.id} data-receives={job?.receiveCount}>
      {job && <title>{`job #${job.id} (${job.type}): ${job.state}, received ${job.receiveCount}×`}</title>}
      <rect width={GRID.size} height={GRID.size} rx={2} fill={fill} stroke={stroke} strokeWidth={back ? 1.6 : 1}
        strokeDasharray={job?.state === 'delayed' ? '2 1.5' : undefined} fillOpacity={job?.state === 'delayed' ? 0.45 : 1} />
      {back && <text x={GRID.size / 2} y={GRID.size - 2} textAnchor="middle" className="token-count">{job!.receiveCount}</text>}
    </motion.g>
  );
}

function DeadTokens({ n, tokens, x0, y0 }: { n: number; tokens: JobToken[]; x0: number; y0: number }) {
  const named = tokens.filter((t) => t.state === 'dead').slice(-9);
  return (
    <g>
      {Array.from({ length: Math.min(n, 9) }, (_, i) => (
        <rect key={named[i]?.id ?? `d-${i}`} x={x0 + i * (GRID.size + GRID.gap)} y={y0} width={GRID.size} height={GRID.size} rx={2} fill="#7f1d1d" stroke="#7f1d1d">
          {named[i] && <title>{`job #${named[i].id} (${named[i].type}): dead after ${named[i].receiveCount} receives`}</title>}
        </rect>
      ))}
    </g>
  );
}

export function QueueStack({ node }: { node: Placed }) {
  const q = useApp(useShallow((s) => {
    const live = s.snapshot?.nodes.find((n) => n.id === node.id)?.queue;
    const books = s.snapshot?.queues[node.id];
    return { waiting: live?.waiting ?? 0, inFlight: live?.inFlight ?? 0, dead: live?.deadLetter ?? 0, oldest: live?.oldestAgeMs ?? 0,
      redeliveries: books?.redeliveries ?? 0, tokens: books?.tokens ?? NO_TOKENS };
  }));
  const top = -node.h / 2, left = -node.w / 2 + 10;
  const step = GRID.size + GRID.gap;
  const capacity = GRID.perRow * GRID.waitingRows;
  const overflow = q.waiting - capacity;
  const placed = placeTokens(q.waiting, q.inFlight, q.tokens, GRID, { x: left, waitingY: top + 48, outY: top + 66 });
  const back = returnedJob(q.tokens);
  return (
    <g data-waiting={q.waiting} data-in-flight={q.inFlight} data-dead={q.dead}>
      <text x={-node.w / 2 + 36} y={top + 27} className="node-id">{node.id}</text>
      <text x={node.w / 2 - 12} y={top + 26} textAnchor="end" className="node-kind">queue</text>
      {placed.map((t) => <Token key={t.key} t={t} />)}
      <text x={node.w / 2 - 6} y={top + 44} textAnchor="end" className="gauge-value">{overflow > 0 ? `+${fmt(overflow)}` : ''}</text>
      <text x={node.w / 2 - 6} y={top + 75} textAnchor="end" className="gauge-value">{q.inFlight > GRID.perRow ? `+${fmt(q.inFlight - GRID.perRow)}` : ''}</text>
      <text x={left} y={top + 66 + step + 10} className="node-stat">{fmt(q.waiting)} waiting · {fmt(q.inFlight)} out</text>
      <text x={left} y={top + 66 + step + 23} className={`token-note${back ? ' back' : ''}`} data-testid={`returned-${node.id}`}>
        {back ? `↻ job #${back.id} is back (${back.receiveCount}×)` : `oldest ${(q.oldest / 1000).toFixed(1)} s · ↻ ${fmt(q.redeliveries)}`}
      </text>
      {/* The dead-letter queue: its own bin, so a poison job is seen leaving the main queue. */}
      <g transform={`translate(0, ${node.h / 2 + 8})`} className="dlq-bin">
        <rect x={-node.w / 2 + 14} y={0} width={node.w - 28} height={30} rx={5} fill={q.dead ? '#fef2f2' : '#f8fafc'}
          stroke={q.dead ? '#b91c1c' : '#94a3b8'} strokeDasharray="4 3" />
        <text x={-node.w / 2 + 20} y={13} className="gauge-label">dead letters</text>
        <text x={node.w / 2 - 20} y={13} textAnchor="end" className="gauge-value" data-testid={`dlq-${node.id}`}>{fmt(q.dead)}</text>
        <DeadTokens n={q.dead} tokens={q.tokens} x0={-node.w / 2 + 20} y0={17} />
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

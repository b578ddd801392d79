// Where each job token of a queue is drawn. Jobs the engine names (QueueLive.tokens) keep their
// id as the React key, so a job that goes out to a worker and comes back after its visibility
// timeout slides back into the line as the same token, with its receive count on it. Jobs beyond
// the named few are plain tokens that stand for counts.
import type { JobToken } from '../../engine/api';

export type { JobToken };

export type PlacedToken = {
  key: string;
  x: number;
  y: number;
  /** The job itself, or null for a token that only stands for a count. */
  job: JobToken | null;
  row: 'waiting' | 'out';
};

export type TokenGrid = { perRow: number; size: number; gap: number; waitingRows: number };

/** Tokens for the waiting line (left to right, rows upward) and the row of jobs out with workers. */
export function placeTokens(waiting: number, inFlight: number, tokens: readonly JobToken[], grid: TokenGrid,
  origin: { x: number; waitingY: number; outY: number }): PlacedToken[] {
  const step = grid.size + grid.gap;
  const out: PlacedToken[] = [];
  const cell = (i: number, y0: number, upward: boolean) => ({
    x: origin.x + (i % grid.perRow) * step,
    y: y0 + (upward ? -1 : 1) * Math.floor(i / grid.perRow) * step,
  });
  // The books count a job waiting out a retry delay as waiting (not yet visible): it stands in
  // the line, drawn dashed, after the jobs that can be taken now.
  const named = [...tokens.filter((t) => t.state === 'waiting'), ...tokens.filter((t) => t.state === 'delayed')];
  const shownWaiting = Math.min(waiting, grid.perRow * grid.waitingRows);
  for (let i = 0; i < shownWaiting; i++) {
    const job = named[i] ?? null;
    out.push({ key: job ? `job-${job.id}` : `w-${i}`, ...cell(i, origin.waitingY, true), job, row: 'waiting' });
  }
  const namedOut = tokens.filter((t) => t.state === 'in-flight');
  const shownOut = Math.min(inFlight, grid.perRow);
  for (let i = 0; i < shownOut; i++) {
    const job = namedOut[i] ?? null;
    out.push({ key: job ? `job-${job.id}` : `o-${i}`, ...cell(i, origin.outY, false), job, row: 'out' });
  }
  return out;
}

/** A job that has been received before and is back: in flight again, or waiting after a delivery. */
export function isBack(t: JobToken): boolean {
  return t.state === 'in-flight' ? t.receiveCount >= 2 : t.state !== 'dead' && t.receiveCount >= 1;
}

/** The job to point at: the most recently returned one (highest receive count, then newest). */
export function returnedJob(tokens: readonly JobToken[]): JobToken | null {
  let best: JobToken | null = null;
  for (const t of tokens) {
    if (isBack(t) && (!best || t.receiveCount > best.receiveCount || (t.receiveCount === best.receiveCount && t.id > best.id))) best = t;
  }
  return best;
}

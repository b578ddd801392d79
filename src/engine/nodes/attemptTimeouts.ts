// The per-attempt timeouts of one call site, without an event per attempt.
//
// Most attempts are answered long before their timeout, so an event per attempt would mostly
// be popped only to find its attempt settled — and would keep the attempt (with its call and
// logical request) alive for the whole timeout, which is what made the garbage collector work
// hard. Instead the site keeps its pending deadlines in a FIFO (one timeout length per site, so
// deadlines come in time order) and keeps a single timer armed for the earliest attempt that is
// still open. Each deadline takes its sequence number when the attempt is sent and the timer is
// pushed under that number, so a timeout that does fire sorts among same-instant events exactly
// where an event pushed at send time would have: the run is the same event for event.
import type { Attempt, Kernel, TimeoutTimer } from '../sim/types';

const INITIAL_CAPACITY = 64; // a power of two: ring indices wrap with a mask

export type AttemptTimeouts = {
  /** Starts the clock on an attempt just sent. */
  add(attempt: Attempt): void;
  /** Attempts still waiting for an answer or their timeout (settled ones may linger at the tail). */
  readonly pending: number;
};

export function createAttemptTimeouts(owner: string, timeoutMs: number, k: Kernel, expire: (attempt: Attempt) => void): AttemptTimeouts {
  let attempts: (Attempt | null)[] = new Array(INITIAL_CAPACITY).fill(null);
  let deadlines = new Float64Array(INITIAL_CAPACITY);
  let seqs = new Float64Array(INITIAL_CAPACITY);
  let head = 0;
  let count = 0;
  const timer: TimeoutTimer = { type: 'attempt-timeout', atMs: 0, node: owner, seq: 0, armed: false, due };

  function grow() {
    const cap = attempts.length;
    const a2: (Attempt | null)[] = new Array(cap * 2).fill(null);
    const d2 = new Float64Array(cap * 2);
    const s2 = new Float64Array(cap * 2);
    for (let i = 0; i < count; i++) {
      const j = (head + i) & (cap - 1);
      a2[i] = attempts[j];
      d2[i] = deadlines[j];
      s2[i] = seqs[j];
    }
    attempts = a2;
    deadlines = d2;
    seqs = s2;
    head = 0;
  }

  function shift() {
    attempts[head] = null; // let the attempt be collected
    head = (head + 1) & (attempts.length - 1);
    count--;
  }

  function dropSettled() {
    while (count > 0 && attempts[head]!.done) shift();
  }

  function arm() {
    dropSettled();
    if (count === 0 || timer.armed) return;
    timer.atMs = deadlines[head];
    timer.seq = seqs[head];
    timer.armed = true;
    k.scheduleReserved(timer, timer.seq);
  }

  /** The timer went off: expire the attempt it was armed for if it is still open, then re-arm. */
  function due() {
    timer.armed = false;
    dropSettled();
    if (count > 0 && deadlines[head] === timer.atMs && seqs[head] === timer.seq) {
      const attempt = attempts[head]!;
      shift();
      expire(attempt);
    }
    arm();
  }

  return {
    add(attempt) {
      dropSettled();
      if (count === attempts.length) grow();
      const j = (head + count) & (attempts.length - 1);
      attempts[j] = attempt;
      deadlines[j] = k.now + timeoutMs;
      seqs[j] = k.reserveSeq();
      count++;
      arm();
    },
    get pending() {
      return count;
    },
  };
}

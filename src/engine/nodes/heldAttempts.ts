// The attempts a balancer has forwarded and not yet answered, with where each answer goes back.
//
// A Map keyed by attempt did this, but it hashed and rehashed on every request (a set, a get and
// a delete per hop through the balancer). Instead each hold is linked twice: into the balancer's
// list, whose order — the order the attempts came in, as the Map's was — is the order a kill
// resets them in; and into its attempt's chain of holds, which is how an answer finds it. The
// chain is almost always one hold long; it is longer only while an attempt waits in several
// balancers at once (a balancer in front of balancers).
import type { Attempt, AttemptHold } from '../sim/types';
import { createJobList, type Linked } from './jobList';

export interface Hold extends AttemptHold, Linked<Hold> {
  attempt: Attempt;
  replyTo: string;
  target: number;
  tried: readonly number[];
}

export type HeldAttempts = {
  readonly size: number;
  add(attempt: Attempt, replyTo: string, target: number, tried: readonly number[]): void;
  /** Removes and returns this table's hold on the attempt, or null if it has none. */
  take(attempt: Attempt): Hold | null;
  /** Every hold in the order they were added, then empties the table. */
  drain(): Hold[];
};

/** Takes the hold out of its attempt's chain. */
function detach(h: Hold) {
  const a = h.attempt;
  if (a.holds === h) a.holds = h.nextOnAttempt;
  else {
    let p = a.holds!;
    while (p.nextOnAttempt !== h) p = p.nextOnAttempt!;
    p.nextOnAttempt = h.nextOnAttempt;
  }
  h.nextOnAttempt = null;
}

export function createHeldAttempts(): HeldAttempts {
  // The balancer's list, in arrival order (the intrusive list servers use for their jobs).
  const list = createJobList<Hold>();
  const table: HeldAttempts = {
    get size() { return list.size; }, // read only for the live snapshot, not per request
    add(attempt, replyTo, target, tried) {
      for (let o = attempt.holds; o !== null; o = o.nextOnAttempt) {
        if (o.owner !== table) continue;
        // Held already: update in place and keep its position, as Map.set did.
        const h = o as Hold;
        h.replyTo = replyTo;
        h.target = target;
        h.tried = tried;
        return;
      }
      const h: Hold = { owner: table, nextOnAttempt: attempt.holds, attempt, replyTo, target, tried, prev: null, next: null, listed: false };
      attempt.holds = h;
      list.add(h);
    },
    take(attempt) {
      let h = attempt.holds;
      while (h !== null && h.owner !== table) h = h.nextOnAttempt;
      if (h === null) return null;
      const hold = h as Hold;
      detach(hold);
      list.delete(hold);
      return hold;
    },
    drain() {
      const out = list.drain();
      for (const h of out) detach(h);
      return out;
    },
  };
  return table;
}

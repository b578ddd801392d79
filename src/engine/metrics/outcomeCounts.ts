// Counts per outcome, kept in an array indexed by the outcome's place in OUTCOMES. A record
// indexed by the outcome's name cost a lookup by name on every request (generic, slow, once a
// site has seen several outcomes); the record is built only when someone reads the counts.
import { OUTCOMES, type Outcome } from '../api';

export type OutcomeCounts = {
  add(outcome: Outcome): void;
  /** The counts by name, in OUTCOMES order (the order the summary has always listed them in). */
  read(): Record<Outcome, number>;
};

/** The outcome's place in OUTCOMES (checked below): a switch is cheaper than `indexOf`. */
function indexOf(o: Outcome): number {
  switch (o) {
    case 'ok': return 0;
    case 'error': return 1;
    case 'timeout': return 2;
    case 'rejected': return 3;
    case 'shed': return 4;
    case 'unavailable': return 5;
    case 'lost': return 6;
  }
}
if (OUTCOMES.some((o, i) => indexOf(o) !== i)) throw new Error('outcomeCounts: indexOf does not follow OUTCOMES');

export function createOutcomeCounts(): OutcomeCounts {
  const counts = OUTCOMES.map(() => 0);
  return {
    add(outcome) { counts[indexOf(outcome)]++; },
    read: () => Object.fromEntries(OUTCOMES.map((o, i) => [o, counts[i]])) as Record<Outcome, number>,
  };
}

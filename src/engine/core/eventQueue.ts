// The event queue: a total order on (atMs, seq), where seq is handed out at push time, so events
// at the same instant run in the order they were scheduled (as in SimPy) and a run repeats exactly.
//
// Two stores share that one order. A binary min-heap takes any event. A lane is a FIFO for events
// that are pushed in time order anyway — every hop with the same latency, every timeout of the
// same length — so they cost O(1) instead of O(log n), and the heap stays small. `pop` takes the
// smallest (atMs, seq) among the heap's top and the lanes' heads. Keys live in number arrays so
// comparisons stay fast however many shapes of event there are.
export type Timed = { atMs: number };

export type Lane = { readonly id: number };

export type EventQueue<E extends Timed> = {
  /** Adds an event; returns the sequence number that orders it among events at the same time. */
  push(event: E): number;
  /** A new FIFO lane. Events pushed to one lane must not go back in time. */
  lane(): Lane;
  pushLane(lane: Lane, event: E): number;
  pop(): E | undefined;
  /** Sequence number of the event `pop` returned last. */
  readonly lastSeq: number;
  /** Time of the next event, Infinity when empty. */
  nextAtMs(): number;
  readonly size: number;
};

type Fifo<E> = { id: number; times: number[]; seqs: number[]; items: E[]; head: number };

export function createEventQueue<E extends Timed>(): EventQueue<E> {
  const times: number[] = [];
  const seqs: number[] = [];
  const items: E[] = [];
  const lanes: Fifo<E>[] = [];
  let seq = 0;
  let lastSeq = -1;
  let size = 0;

  const before = (ta: number, sa: number, tb: number, sb: number) => ta < tb || (ta === tb && sa < sb);

  function place(i: number, t: number, s: number, item: E) {
    times[i] = t;
    seqs[i] = s;
    items[i] = item;
  }

  function siftUp(i: number, t: number, s: number, item: E) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(t, s, times[parent], seqs[parent])) break;
      place(i, times[parent], seqs[parent], items[parent]);
      i = parent;
    }
    place(i, t, s, item);
  }

  function siftDown(i: number, t: number, s: number, item: E) {
    const n = items.length;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && before(times[right], seqs[right], times[child], seqs[child])) child = right;
      if (!before(times[child], seqs[child], t, s)) break;
      place(i, times[child], seqs[child], items[child]);
      i = child;
    }
    place(i, t, s, item);
  }

  function popHeap(): E {
    const top = items[0];
    lastSeq = seqs[0];
    const t = times.pop()!;
    const s = seqs.pop()!;
    const last = items.pop()!;
    if (items.length > 0) siftDown(0, t, s, last);
    return top;
  }

  function popLane(l: Fifo<E>): E {
    const item = l.items[l.head];
    lastSeq = l.seqs[l.head];
    l.items[l.head] = undefined as unknown as E; // let it be collected
    l.head++;
    if (l.head === l.items.length) {
      l.head = 0; l.items.length = 0; l.times.length = 0; l.seqs.length = 0;
    } else if (l.head > 4096 && l.head * 2 > l.items.length) {
      l.items.splice(0, l.head); l.times.splice(0, l.head); l.seqs.splice(0, l.head); l.head = 0;
    }
    return item;
  }

  /** The lane holding the next event, or null for the heap (or when empty). */
  function nextLane(): Fifo<E> | null {
    let bestT = items.length ? times[0] : Infinity;
    let bestS = items.length ? seqs[0] : Infinity;
    let best: Fifo<E> | null = null;
    for (let i = 0; i < lanes.length; i++) {
      const l = lanes[i];
      if (l.head < l.items.length && before(l.times[l.head], l.seqs[l.head], bestT, bestS)) {
        bestT = l.times[l.head];
        bestS = l.seqs[l.head];
        best = l;
      }
    }
    return best;
  }

  return {
    push(event) {
      const s = seq++;
      times.push(0);
      seqs.push(0);
      items.push(event);
      siftUp(items.length - 1, event.atMs, s, event);
      size++;
      return s;
    },
    lane() {
      const l: Fifo<E> = { id: lanes.length, times: [], seqs: [], items: [], head: 0 };
      lanes.push(l);
      return l;
    },
    pushLane(lane, event) {
      const l = lanes[lane.id];
      const n = l.items.length;
      if (n > l.head && event.atMs < l.times[n - 1]) throw new Error('event queue: a lane cannot go back in time');
      const s = seq++;
      l.times.push(event.atMs);
      l.seqs.push(s);
      l.items.push(event);
      size++;
      return s;
    },
    pop() {
      if (size === 0) return undefined;
      size--;
      const l = nextLane();
      return l ? popLane(l) : popHeap();
    },
    nextAtMs() {
      if (size === 0) return Infinity;
      const l = nextLane();
      return l ? l.times[l.head] : times[0];
    },
    get lastSeq() {
      return lastSeq;
    },
    get size() {
      return size;
    },
  };
}

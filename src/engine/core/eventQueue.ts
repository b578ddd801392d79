// The event queue: a total order on (atMs, seq), where seq is handed out at push time, so events
// at the same instant run in the order they were scheduled (as in SimPy) and a run repeats exactly.
//
// Two stores share that one order. A binary min-heap takes any event. A lane is a FIFO for events
// that are pushed in time order anyway — every hop with the same latency, every timeout of the
// same length — so they cost O(1) instead of O(log n), and the heap stays small. `pop` takes the
// smallest (atMs, seq) among the heap's top and the lanes' heads. Keys live in typed arrays (not
// on the events) so comparisons stay fast however many shapes of event there are, and lanes are
// ring buffers, so a run of millions of events allocates nothing here once the buffers have grown.
export type Timed = { atMs: number };

export type Lane = { readonly id: number };

export type EventQueue<E extends Timed> = {
  /** Adds an event; returns the sequence number that orders it among events at the same time. */
  push(event: E): number;
  /** Takes a sequence number now for an event that will be pushed later with `pushReserved`. */
  reserveSeq(): number;
  /** Adds an event under a number `reserveSeq` gave out: it sorts as if it had been pushed then. */
  pushReserved(event: E, seq: number): void;
  /** A new FIFO lane. Events pushed to one lane must not go back in time. */
  lane(): Lane;
  pushLane(lane: Lane, event: E): number;
  pop(): E | undefined;
  /** Pops the next event if it is due at or before `untilMs` (one scan instead of peek + pop). */
  popUntil(untilMs: number): E | undefined;
  /** Sequence number of the event `pop` returned last. */
  readonly lastSeq: number;
  /** Time of the next event, Infinity when empty. */
  nextAtMs(): number;
  readonly size: number;
};

/** A lane: a ring buffer of events in time order, `count` of them from `head`. */
type Fifo<E> = { id: number; times: Float64Array; seqs: Float64Array; items: (E | undefined)[]; head: number; count: number };

const INITIAL_CAPACITY = 64; // a power of two: ring indices wrap with a mask

export function createEventQueue<E extends Timed>(): EventQueue<E> {
  // The heap: keys in typed arrays, events in a plain array, all indexed alike.
  let times = new Float64Array(INITIAL_CAPACITY);
  let seqs = new Float64Array(INITIAL_CAPACITY);
  const items: (E | undefined)[] = [];
  let heapSize = 0;
  const lanes: Fifo<E>[] = [];
  // Each lane's head key, mirrored in flat arrays (Infinity when the lane is empty): choosing the
  // next event scans a few numbers instead of chasing every lane's buffers.
  const headT: number[] = [];
  const headS: number[] = [];
  let seq = 0;
  let lastSeq = -1;
  let size = 0;

  const before = (ta: number, sa: number, tb: number, sb: number) => ta < tb || (ta === tb && sa < sb);

  function growHeap() {
    const t = new Float64Array(times.length * 2);
    const s = new Float64Array(seqs.length * 2);
    t.set(times);
    s.set(seqs);
    times = t;
    seqs = s;
  }

  function siftUp(i: number, t: number, s: number, item: E) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(t, s, times[parent], seqs[parent])) break;
      times[i] = times[parent];
      seqs[i] = seqs[parent];
      items[i] = items[parent];
      i = parent;
    }
    times[i] = t;
    seqs[i] = s;
    items[i] = item;
  }

  function siftDown(i: number, t: number, s: number, item: E) {
    const n = heapSize;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && before(times[right], seqs[right], times[child], seqs[child])) child = right;
      if (!before(times[child], seqs[child], t, s)) break;
      times[i] = times[child];
      seqs[i] = seqs[child];
      items[i] = items[child];
      i = child;
    }
    times[i] = t;
    seqs[i] = s;
    items[i] = item;
  }

  function popHeap(): E {
    const top = items[0]!;
    lastSeq = seqs[0];
    const last = --heapSize;
    const item = items[last]!;
    items[last] = undefined; // let it be collected
    if (last > 0) siftDown(0, times[last], seqs[last], item);
    return top;
  }

  function growLane(l: Fifo<E>) {
    const cap = l.times.length;
    const times2 = new Float64Array(cap * 2);
    const seqs2 = new Float64Array(cap * 2);
    const items2: (E | undefined)[] = new Array(cap * 2).fill(undefined);
    for (let k = 0; k < l.count; k++) {
      const j = (l.head + k) & (cap - 1);
      times2[k] = l.times[j];
      seqs2[k] = l.seqs[j];
      items2[k] = l.items[j];
    }
    l.times = times2;
    l.seqs = seqs2;
    l.items = items2;
    l.head = 0;
  }

  function popLane(i: number): E {
    const l = lanes[i];
    const h = l.head;
    const item = l.items[h]!;
    lastSeq = l.seqs[h];
    l.items[h] = undefined; // let it be collected
    l.head = (h + 1) & (l.times.length - 1);
    if (--l.count === 0) {
      headT[i] = Infinity;
      headS[i] = Infinity;
    } else {
      headT[i] = l.times[l.head];
      headS[i] = l.seqs[l.head];
    }
    return item;
  }

  /** Index of the lane holding the next event, or -1 for the heap (or when empty). */
  function nextLane(): number {
    let bestT = heapSize ? times[0] : Infinity;
    let bestS = heapSize ? seqs[0] : Infinity;
    let best = -1;
    for (let i = 0; i < headT.length; i++) {
      const t = headT[i];
      if (t < bestT || (t === bestT && headS[i] < bestS)) {
        bestT = t;
        bestS = headS[i];
        best = i;
      }
    }
    return best;
  }

  return {
    push(event) {
      const s = seq++;
      if (heapSize === times.length) growHeap();
      siftUp(heapSize++, event.atMs, s, event);
      size++;
      return s;
    },
    reserveSeq: () => seq++,
    pushReserved(event, s) {
      if (heapSize === times.length) growHeap();
      siftUp(heapSize++, event.atMs, s, event);
      size++;
    },
    lane() {
      const l: Fifo<E> = { id: lanes.length, times: new Float64Array(INITIAL_CAPACITY), seqs: new Float64Array(INITIAL_CAPACITY),
        items: new Array(INITIAL_CAPACITY).fill(undefined), head: 0, count: 0 };
      lanes.push(l);
      headT.push(Infinity);
      headS.push(Infinity);
      return l;
    },
    pushLane(lane, event) {
      const l = lanes[lane.id];
      const t = event.atMs;
      const mask = l.times.length - 1;
      if (l.count > 0 && t < l.times[(l.head + l.count - 1) & mask]) throw new Error('event queue: a lane cannot go back in time');
      const s = seq++;
      if (l.count === l.times.length) growLane(l);
      const j = (l.head + l.count) & (l.times.length - 1);
      l.times[j] = t;
      l.seqs[j] = s;
      l.items[j] = event;
      if (l.count++ === 0) {
        headT[lane.id] = t;
        headS[lane.id] = s;
      }
      size++;
      return s;
    },
    pop() {
      if (size === 0) return undefined;
      size--;
      const l = nextLane();
      return l >= 0 ? popLane(l) : popHeap();
    },
    popUntil(untilMs) {
      if (size === 0) return undefined;
      const l = nextLane();
      if ((l >= 0 ? headT[l] : times[0]) > untilMs) return undefined;
      size--;
      return l >= 0 ? popLane(l) : popHeap();
    },
    nextAtMs() {
      if (size === 0) return Infinity;
      const l = nextLane();
      return l >= 0 ? headT[l] : times[0];
    },
    get lastSeq() {
      return lastSeq;
    },
    get size() {
      return size;
    },
  };
}

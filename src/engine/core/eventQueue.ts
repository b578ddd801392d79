// A binary min-heap of events ordered by (atMs, seq). The sequence number is handed out at push
// time, so events at the same instant run in the order they were scheduled (as in SimPy), and
// a run repeats exactly.
export type Timed = { atMs: number; seq: number };

export type EventQueue<E extends Timed> = {
  push(event: Omit<E, 'seq'> & { seq?: number }): E;
  pop(): E | undefined;
  peek(): E | undefined;
  readonly size: number;
};

function before(a: Timed, b: Timed): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}

export function createEventQueue<E extends Timed>(): EventQueue<E> {
  const heap: E[] = [];
  let seq = 0;

  function siftUp(i: number) {
    const item = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent])) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = item;
  }

  function siftDown(i: number) {
    const n = heap.length;
    const item = heap[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
      if (!before(heap[child], item)) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = item;
  }

  return {
    push(event) {
      const e = event as E;
      e.seq = seq++;
      heap.push(e);
      siftUp(heap.length - 1);
      return e;
    },
    pop() {
      if (heap.length === 0) return undefined;
      const top = heap[0];
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        siftDown(0);
      }
      return top;
    },
    peek: () => heap[0],
    get size() {
      return heap.length;
    },
  };
}

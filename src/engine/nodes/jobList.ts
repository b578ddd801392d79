// The jobs holding a server's slots, as an intrusive doubly linked list: adding and removing cost
// O(1) with no hashing and no allocation (a Set hashed every job twice per request), and
// iteration keeps insertion order, as the Set did — a kill resets the jobs in that order.
// Like a Set, adding a member again or removing a non-member does nothing.
export type Linked<T> = { prev: T | null; next: T | null; listed: boolean };

export type JobList<T extends Linked<T>> = {
  readonly size: number;
  add(item: T): void;
  delete(item: T): void;
  /** The members in insertion order, then empties the list. */
  drain(): T[];
};

export function createJobList<T extends Linked<T>>(): JobList<T> {
  let head: T | null = null;
  let tail: T | null = null;
  // `size` is a plain field, not a getter: the server reads it for every request.
  const list = {
    size: 0,
    add(item: T) {
      if (item.listed) return;
      item.listed = true;
      item.prev = tail;
      item.next = null;
      if (tail) tail.next = item;
      else head = item;
      tail = item;
      list.size++;
    },
    delete(item: T) {
      if (!item.listed) return;
      item.listed = false;
      if (item.prev) item.prev.next = item.next;
      else head = item.next;
      if (item.next) item.next.prev = item.prev;
      else tail = item.prev;
      item.prev = item.next = null;
      list.size--;
    },
    drain() {
      const out: T[] = [];
      for (let it = head; it; ) {
        const next: T | null = it.next;
        it.listed = false;
        it.prev = it.next = null;
        out.push(it);
        it = next;
      }
      head = tail = null;
      list.size = 0;
      return out;
    },
  };
  return list;
}

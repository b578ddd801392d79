import { describe, expect, it } from 'vitest';
import { createEventQueue } from './eventQueue';

type E = { atMs: number; name: string };

describe('event queue', () => {
  it('orders by time, then by the order events were pushed (ties keep insertion order)', () => {
    const q = createEventQueue<E>();
    q.push({ atMs: 5, name: 'c' });
    q.push({ atMs: 1, name: 'a' });
    q.push({ atMs: 5, name: 'd' });
    q.push({ atMs: 1, name: 'b' });
    q.push({ atMs: 0, name: 'first' });
    q.push({ atMs: 5, name: 'e' });
    const out: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) out.push(e.name);
    expect(out).toEqual(['first', 'a', 'b', 'c', 'd', 'e']);
  });

  it('keeps the total order across many random pushes and pops', () => {
    const q = createEventQueue<E>();
    let x = 12345;
    const rand = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5000; i++) q.push({ atMs: Math.floor(rand() * 50), name: String(i) });
    let prev = q.pop()!;
    let prevSeq = q.lastSeq;
    while (q.size) {
      const e = q.pop()!;
      expect(e.atMs > prev.atMs || (e.atMs === prev.atMs && q.lastSeq > prevSeq)).toBe(true);
      expect(e.atMs > prev.atMs || Number(e.name) > Number(prev.name)).toBe(true);
      prev = e;
      prevSeq = q.lastSeq;
    }
  });

  it('tells the time of the next event without removing it', () => {
    const q = createEventQueue<E>();
    expect(q.nextAtMs()).toBe(Infinity);
    q.push({ atMs: 3, name: 'x' });
    expect(q.nextAtMs()).toBe(3);
    expect(q.size).toBe(1);
  });
});

describe('event queue lanes', () => {
  it('merge with the heap in exactly the (time, push order) of a single heap', () => {
    const q = createEventQueue<E>();
    const reference = createEventQueue<E>();
    const fast = q.lane();
    const slow = q.lane();
    let x = 99;
    const rand = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let now = 0;
    const seen: string[] = [];
    const want: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const name = String(i);
      const r = rand();
      if (r < 0.4) { q.pushLane(fast, { atMs: now + 2, name }); reference.push({ atMs: now + 2, name }); }
      else if (r < 0.6) { q.pushLane(slow, { atMs: now + 7, name }); reference.push({ atMs: now + 7, name }); }
      else { const at = now + Math.floor(rand() * 9); q.push({ atMs: at, name }); reference.push({ atMs: at, name }); }
      if (rand() < 0.5) {
        const e = q.pop()!;
        now = e.atMs;
        seen.push(e.name);
        want.push(reference.pop()!.name);
      }
    }
    while (q.size) { seen.push(q.pop()!.name); want.push(reference.pop()!.name); }
    expect(seen).toEqual(want);
  });

  it('refuses an event that would go back in time within its lane', () => {
    const q = createEventQueue<E>();
    const lane = q.lane();
    q.pushLane(lane, { atMs: 5, name: 'a' });
    expect(() => q.pushLane(lane, { atMs: 4, name: 'b' })).toThrow(/back in time/);
  });
});

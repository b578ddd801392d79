import { describe, expect, it } from 'vitest';
import { leastConnections, powerOfTwo, randomPick, roundRobin, smoothWeighted } from './balancing';
import { createRng } from '../core/rng';

const names = 'abcdefgh';
function sequence(pick: () => number, n: number) {
  return Array.from({ length: n }, () => names[pick()]).join(' ');
}
const all = (n: number) => new Array<boolean>(n).fill(true);

describe('round robin', () => {
  it('cycles in order and skips targets that are out of rotation', () => {
    const rr = roundRobin(3);
    const conns = [0, 0, 0];
    expect(sequence(() => rr.pick(all(3), conns), 4)).toBe('a b c a');
    expect(sequence(() => rr.pick([true, false, true], conns), 4)).toBe('c a c a');
    expect(rr.pick([false, false, false], conns)).toBe(-1);
  });
});

describe('nginx smooth weighted round robin (SEMANTICS.md vectors)', () => {
  it.each([
    [[5, 1, 1], 'a a b a c a a'],
    [[4, 2, 1], 'a b a c a b a'],
    [[3, 2], 'a b a b a'],
  ])('weights %j give %s and return every score to 0', (weights, want) => {
    const w = smoothWeighted(weights);
    const eligible = all(weights.length);
    expect(sequence(() => w.pick(eligible), want.split(' ').length)).toBe(want);
    expect(w.current.every((c) => c === 0)).toBe(true);
  });
});

describe('least connections (nginx)', () => {
  it('picks the fewest in-flight requests per weight', () => {
    const lc = leastConnections([1, 1, 1]);
    expect(lc.pick(all(3), [3, 1, 2])).toBe(1);
    // weighted: 4 conns at weight 4 (1 per weight) beats 2 conns at weight 1
    expect(leastConnections([4, 1]).pick(all(2), [4, 2])).toBe(0);
  });

  it('breaks ties by smooth weighted round robin among the tied targets only', () => {
    const lc = leastConnections([1, 1, 1]);
    const conns = [0, 5, 0];
    expect(sequence(() => lc.pick(all(3), conns), 4)).toBe('a c a c');
  });
});

describe('random and power of two choices', () => {
  it('random is uniform among eligible targets', () => {
    const r = randomPick(createRng(1).fork('r'));
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[r.pick([true, false, true], [0, 0, 0])]++;
    expect(counts[1]).toBe(0);
    expect(Math.abs(counts[0] - 15_000)).toBeLessThan(600);
  });

  it('power of two never picks the most loaded of three targets, and splits ties evenly', () => {
    const p = powerOfTwo(createRng(2).fork('p'));
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[p.pick(all(3), [1, 1, 9])]++;
    expect(counts[2]).toBe(0);
    expect(Math.abs(counts[0] - counts[1])).toBeLessThan(900);
  });

  it('draws two distinct targets and keeps the first drawn on a tie (Envoy LEAST_REQUEST, choice_count 2)', () => {
    const p = powerOfTwo(createRng(5).fork('p'));
    const mirror = createRng(5).fork('p'); // the same stream: it replays the two draws of each pick
    for (let i = 0; i < 200; i++) {
      const a = Math.floor(mirror.next() * 4);
      let b = Math.floor(mirror.next() * 3);
      if (b >= a) b++;
      const conns = [2, 2, 2, 2];
      if (i % 2 === 1) conns[b] = 1; // every other pick the second draw is less loaded and must win
      expect(p.pick(all(4), conns)).toBe(i % 2 === 1 ? b : a);
    }
  });
});

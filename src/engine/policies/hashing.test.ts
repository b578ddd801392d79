import { describe, expect, it } from 'vitest';
import { addressHashPick, createRing, fullHash, nginxIpHashPick, type Address } from './hashing';

const three = [1, 1, 1];
const up3 = [true, true, true];
const addresses = (n: number): Address[] => Array.from({ length: n }, (_, i) => [10, (i >> 16) & 255, (i >> 8) & 255, i & 255]);

describe('nginx ip_hash (SEMANTICS.md vectors)', () => {
  it('maps 192.168.1.x to the second target, 10.0.0.1 to the first, 10.0.1.1 to the second', () => {
    for (const last of [0, 1, 77, 255]) expect(nginxIpHashPick([192, 168, 1, last], three, up3)).toBe(1);
    expect(nginxIpHashPick([10, 0, 0, 1], three, up3)).toBe(0);
    expect(nginxIpHashPick([10, 0, 1, 1], three, up3)).toBe(1);
  });

  it('rehashes past a down target, so only that target\'s clients move', () => {
    const before = addresses(3000).map((a) => nginxIpHashPick([a[1], a[2], a[3], 0], three, up3));
    const after = addresses(3000).map((a) => nginxIpHashPick([a[1], a[2], a[3], 0], three, [true, false, true]));
    before.forEach((t, i) => { if (t !== 1) expect(after[i]).toBe(t); else expect(after[i]).not.toBe(1); });
  });
});

describe('HAProxy source hash (map-based)', () => {
  it('uses Bob Jenkins\' full avalanche hash', () => {
    expect(fullHash(0)).toBe(fullHash(0));
    expect(fullHash(1)).not.toBe(fullHash(2));
    // avalanche: flipping one input bit flips about half the output bits on average
    let flipped = 0;
    for (let x = 0; x < 2000; x++) flipped += (fullHash(x) ^ fullHash(x ^ 1)).toString(2).replace(/0/g, '').length;
    expect(flipped / 2000).toBeGreaterThan(12);
  });

  it('spreads clients evenly, and removing one of three targets remaps most clients', () => {
    const list = addresses(6000);
    const before = list.map((a) => addressHashPick(a, three, up3));
    for (let t = 0; t < 3; t++) expect(Math.abs(before.filter((x) => x === t).length - 2000)).toBeLessThan(200);
    const after = list.map((a) => addressHashPick(a, three, [true, true, false]));
    const moved = list.filter((_, i) => before[i] !== 2 && after[i] !== before[i]).length;
    // Of the clients whose target survived, a modulus change from 3 to 2 moves about half.
    expect(moved / before.filter((x) => x !== 2).length).toBeGreaterThan(0.35);
  });
});

describe('consistent hash ring', () => {
  it('removing one of N targets remaps about 1/N of clients, and only that target\'s', () => {
    const targets = ['s1', 's2', 's3', 's4', 's5'];
    const ring = createRing(targets, [1, 1, 1, 1, 1], 100);
    const list = addresses(10_000);
    const all = [true, true, true, true, true];
    const before = list.map((a) => ring.pick(a, all));
    const after = list.map((a) => ring.pick(a, [true, true, false, true, true]));
    const moved = list.filter((_, i) => before[i] !== after[i]).length / list.length;
    expect(moved).toBeGreaterThan(0.12);
    expect(moved).toBeLessThan(0.28);
    list.forEach((_, i) => { if (before[i] !== 2) expect(after[i]).toBe(before[i]); });
  });
});

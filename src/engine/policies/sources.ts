// Client addresses. A client has `count` distinct source addresses; each request picks one with
// Zipf exponent `zipf` (0 = uniform; 1.2 = a few addresses send most traffic). Addresses come in
// groups of 16 per /24 (an office or a NAT pool), so a /24-keyed hash (nginx ip_hash) visibly
// lumps neighbours together.
import type { Rng } from '../core/rng';
import type { Address } from './hashing';

export type Sources = { count: number; pick(): number; address(source: number): Address };

export function createSources(clientIndex: number, count: number, zipf: number, rng: Rng): Sources {
  let cdf: Float64Array | null = null;
  if (zipf > 0) {
    cdf = new Float64Array(count);
    let total = 0;
    for (let i = 0; i < count; i++) cdf[i] = total += 1 / Math.pow(i + 1, zipf);
    for (let i = 0; i < count; i++) cdf[i] /= total;
  }
  // One tuple per source, made on first use. The slots are filled up front: writing at random
  // indices of an empty array would turn it into a slow dictionary.
  const cache: (Address | null)[] = [];
  for (let i = 0; i < count; i++) cache.push(null);
  return {
    count,
    pick() {
      const u = rng.next();
      if (!cdf) return Math.floor(u * count);
      let lo = 0, hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid] < u) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    address(source) {
      let a = cache[source];
      if (!a) {
        const group = Math.floor(source / 16);
        a = cache[source] = [(10 + clientIndex) & 255, (group >> 8) & 255, group & 255, (source % 16) + 1];
      }
      return a;
    },
  };
}

// Seeded randomness. sfc32 (Chris Doty-Humphrey's small fast counter, PractRand-clean) seeded
// through a string hash, so each component forks its own named stream: adding a node or a draw in
// one place never shifts the numbers another component sees.
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** A new independent stream derived from this stream's seed and a name. */
  fork(name: string): Rng;
};

/** cyrb53-style 32-bit mixing of a string with a seed. */
function hash32(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  // The state lives in an Int32Array: plain closure variables holding 32-bit values above 2^30
  // would be boxed as heap numbers, one allocation per draw. Every step is 32-bit arithmetic, so
  // the signed storage gives the same bits as the unsigned textbook version.
  const st = new Int32Array([a, b, c, d]);
  return () => {
    const sa = st[0], sb = st[1], sc = st[2];
    const d1 = (st[3] + 1) | 0;
    const t = (((sa + sb) | 0) + d1) | 0;
    const c1 = (sc << 21) | (sc >>> 11);
    st[0] = sb ^ (sb >>> 9);
    st[1] = (sc + (sc << 3)) | 0;
    st[2] = (c1 + t) | 0;
    st[3] = d1;
    return (t >>> 0) / 4294967296;
  };
}

function streamFrom(path: string, seed: number): Rng {
  const next = sfc32(hash32(path, seed), hash32(path + '#b', seed), hash32(path + '#c', seed), hash32(path + '#d', seed));
  // Discard the first draws: sfc32 needs a few rounds to mix a fresh state.
  for (let i = 0; i < 12; i++) next();
  return { next, fork: (name: string) => streamFrom(`${path}/${name}`, seed) };
}

export function createRng(seed: number): Rng {
  return streamFrom('root', seed >>> 0);
}

// Hash-based balancing: client addresses, the hashes real balancers use on them, and the two
// ways of turning a hash into a target (a weight map over the live targets, or a ring).
// Semantics and vectors: SEMANTICS.md "Load balancing".

/** An IPv4 address as four octets. */
export type Address = readonly [number, number, number, number];

/**
 * Bob Jenkins' 32-bit integer avalanche hash, which HAProxy applies to the source address
 * (`full_hash()` in HAProxy's lb_map/hash code) before mapping it onto servers.
 */
export function fullHash(x: number): number {
  let a = x >>> 0;
  a = (a + 0x7ed55d16 + (a << 12)) >>> 0;
  a = (a ^ 0xc761c23c ^ (a >>> 19)) >>> 0;
  a = (a + 0x165667b1 + (a << 5)) >>> 0;
  a = ((a + 0xd3a2646c) ^ (a << 9)) >>> 0;
  a = (a + 0xfd7046c5 + (a << 3)) >>> 0;
  a = (a ^ 0xb55a4f09 ^ (a >>> 16)) >>> 0;
  return a;
}

export const addressToInt = (a: Address) => ((a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]) >>> 0;

/** FNV-1a over a string: positions of ring points. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fullHash(h >>> 0);
}

/** Walks targets by weight: the first whose cumulative weight exceeds w (nginx and HAProxy maps). */
export function walkWeights(w: number, weights: readonly number[], eligible: readonly boolean[] | null): number {
  for (let i = 0; i < weights.length; i++) {
    if (eligible && !eligible[i]) continue;
    if (w < weights[i]) return i;
    w -= weights[i];
  }
  return -1;
}

/**
 * HAProxy `balance source` with the default map-based hash: hash % (total weight of the servers
 * that are up), walked over those servers. Taking one server out changes the modulus, so most
 * clients move — the classic cost of modulo hashing.
 */
export function addressHashPick(address: Address, weights: readonly number[], eligible: readonly boolean[]): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) if (eligible[i]) total += weights[i];
  if (total === 0) return -1;
  return walkWeights(fullHash(addressToInt(address)) % total, weights, eligible);
}

/**
 * nginx `ip_hash` (ngx_http_upstream_ip_hash_module.c): only the first three octets, h starts at
 * 89, h = (h·113 + byte) % 6271, then h % total weight walked over all peers. If that peer is
 * down it keeps hashing (the same formula again) up to 20 times, then falls back to round robin
 * (returned as -1 here so the caller uses its round robin).
 */
export function nginxIpHashPick(address: Address, weights: readonly number[], eligible: readonly boolean[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return -1;
  let h = 89;
  for (let tries = 0; tries < 20; tries++) {
    for (let i = 0; i < 3; i++) h = (h * 113 + address[i]) % 6271;
    const p = walkWeights(h % total, weights, null);
    if (p >= 0 && eligible[p]) return p;
  }
  return -1;
}

/** A consistent-hash ring: `virtualNodes` points per target (times its weight), sorted. */
export function createRing(targets: readonly string[], weights: readonly number[], virtualNodes: number) {
  const points: { at: number; target: number }[] = [];
  targets.forEach((t, i) => {
    for (let v = 0; v < virtualNodes * weights[i]; v++) points.push({ at: fnv1a(`${t}#${v}`), target: i });
  });
  points.sort((a, b) => a.at - b.at || a.target - b.target);
  return {
    /** The first point clockwise from the address's hash whose target is eligible. */
    pick(address: Address, eligible: readonly boolean[]): number {
      if (points.length === 0) return -1;
      const key = fullHash(addressToInt(address));
      let lo = 0, hi = points.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (points[mid].at < key) lo = mid + 1;
        else hi = mid;
      }
      for (let k = 0; k < points.length; k++) {
        const p = points[(lo + k) % points.length];
        if (eligible[p.target]) return p.target;
      }
      return -1;
    },
  };
}

// Balancing strategies as small pickers over a balancer's targets. Each returns the index of the
// chosen target among those marked eligible (healthy and not yet tried), or -1 when none is.
// Semantics and vectors: SEMANTICS.md "Load balancing".
import type { Rng } from '../core/rng';
import { addressHashPick, createRing, nginxIpHashPick, type Address } from './hashing';

export type StrategyName = 'round-robin' | 'weighted-round-robin' | 'least-connections' | 'ip-hash'
  | 'consistent-hash' | 'power-of-two' | 'random';

export type Picker = { pick(eligible: readonly boolean[], conns: readonly number[], address?: Address): number };

export type PickerOptions = { targets: readonly string[]; weights: readonly number[]; hashKey: 'address' | 'nginx-24'; virtualNodes: number };

/** Plain round robin: the next eligible target after the last one picked. */
export function roundRobin(count: number): Picker {
  let next = 0;
  return {
    pick(eligible) {
      for (let k = 0; k < count; k++) {
        const i = (next + k) % count;
        if (eligible[i]) {
          next = (i + 1) % count;
          return i;
        }
      }
      return -1;
    },
  };
}

/**
 * nginx's smooth weighted round robin (ngx_http_upstream_get_peer): add each eligible target's
 * weight to its `current`, pick the largest (first declared wins ties), subtract the total.
 * `among` narrows the candidates further (least-connections uses it for its tie-break).
 */
export function smoothWeighted(weights: readonly number[]) {
  const current = new Array<number>(weights.length).fill(0);
  function pickAmong(eligible: readonly boolean[]): number {
    let best = -1;
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      if (!eligible[i] || weights[i] <= 0) continue;
      current[i] += weights[i];
      total += weights[i];
      if (best === -1 || current[i] > current[best]) best = i;
    }
    if (best !== -1) current[best] -= total;
    return best;
  }
  return { pick: (eligible: readonly boolean[]) => pickAmong(eligible), pickAmong, current };
}

/**
 * nginx least_conn: fewest in-flight requests per weight (compared as conns_i·w_j < conns_j·w_i
 * to avoid division), ties resolved by smooth weighted round robin among the tied targets only.
 */
export function leastConnections(weights: readonly number[]): Picker {
  const swrr = smoothWeighted(weights);
  const tied = new Array<boolean>(weights.length).fill(false);
  return {
    pick(eligible, conns) {
      let best = -1;
      for (let i = 0; i < weights.length; i++) {
        if (!eligible[i] || weights[i] <= 0) continue;
        if (best === -1 || conns[i] * weights[best] < conns[best] * weights[i]) best = i;
      }
      if (best === -1) return -1;
      let ties = 0;
      for (let i = 0; i < weights.length; i++) {
        tied[i] = eligible[i] && weights[i] > 0 && conns[i] * weights[best] === conns[best] * weights[i];
        if (tied[i]) ties++;
      }
      return ties === 1 ? best : swrr.pickAmong(tied);
    },
  };
}

function eligibleIndices(eligible: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < eligible.length; i++) if (eligible[i]) out.push(i);
  return out;
}

/** Uniform among eligible targets. */
export function randomPick(rng: Rng): Picker {
  return {
    pick(eligible) {
      const idx = eligibleIndices(eligible);
      return idx.length ? idx[Math.floor(rng.next() * idx.length)] : -1;
    },
  };
}

/** Envoy LEAST_REQUEST default: two distinct random choices, fewer in-flight wins, first drawn on a tie. */
export function powerOfTwo(rng: Rng): Picker {
  return {
    pick(eligible, conns) {
      const idx = eligibleIndices(eligible);
      if (idx.length <= 1) return idx.length ? idx[0] : -1;
      const a = Math.floor(rng.next() * idx.length);
      let b = Math.floor(rng.next() * (idx.length - 1));
      if (b >= a) b++;
      return conns[idx[b]] < conns[idx[a]] ? idx[b] : idx[a];
    },
  };
}

/** ip-hash: HAProxy's source hash over the whole address, or nginx's over its /24 (see hashing.ts). */
function ipHash(weights: readonly number[], key: 'address' | 'nginx-24'): Picker {
  const fallback = roundRobin(weights.length); // nginx falls back to round robin after 20 tries
  return {
    pick(eligible, conns, address = [0, 0, 0, 0]) {
      const i = key === 'nginx-24' ? nginxIpHashPick(address, weights, eligible) : addressHashPick(address, weights, eligible);
      return i >= 0 ? i : fallback.pick(eligible, conns);
    },
  };
}

function consistentHash(targets: readonly string[], weights: readonly number[], virtualNodes: number): Picker {
  const ring = createRing(targets, weights, virtualNodes);
  return { pick: (eligible, _conns, address = [0, 0, 0, 0]) => ring.pick(address, eligible) };
}

export function createPicker(name: StrategyName, o: PickerOptions, rng: Rng): Picker {
  const weights = o.weights;
  switch (name) {
    case 'ip-hash': return ipHash(weights, o.hashKey);
    case 'consistent-hash': return consistentHash(o.targets, weights, o.virtualNodes);
    case 'round-robin': return roundRobin(weights.length);
    case 'weighted-round-robin': return smoothWeighted(weights);
    case 'least-connections': return leastConnections(weights);
    case 'power-of-two': return powerOfTwo(rng);
    case 'random': return randomPick(rng);
  }
}

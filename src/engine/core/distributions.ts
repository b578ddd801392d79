// Sampling the scenario's service-time distributions from a seeded stream.
import type { Rng } from './rng';
import type { Distribution } from '../scenario/shapes';

/** z-score of the 99th percentile of the standard normal: lognormal sigma = ln(p99/median) / Z99. */
export const Z99 = 2.3263478740408408;

/** Standard normal by Box–Muller (one of the pair; simple and exact). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next(); // (0, 1]: log is finite
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export type Sampler = () => number;

/** Builds a sampler once per distribution so the hot path does no parsing. */
export function createSampler(dist: Distribution, rng: Rng): Sampler {
  switch (dist.dist) {
    case 'constant': {
      const ms = dist.ms;
      return () => ms;
    }
    case 'exponential': {
      const mean = dist.meanMs;
      return () => -mean * Math.log(1 - rng.next());
    }
    case 'uniform': {
      const { minMs, maxMs } = dist;
      return () => minMs + (maxMs - minMs) * rng.next();
    }
    case 'lognormal': {
      const mu = Math.log(dist.medianMs);
      const sigma = Math.log(dist.p99Ms / dist.medianMs) / Z99;
      return () => Math.exp(mu + sigma * normal(rng));
    }
  }
}

/** The distribution's mean, for utilisation estimates and tests. */
export function meanOf(dist: Distribution): number {
  switch (dist.dist) {
    case 'constant': return dist.ms;
    case 'exponential': return dist.meanMs;
    case 'uniform': return (dist.minMs + dist.maxMs) / 2;
    case 'lognormal': {
      const sigma = Math.log(dist.p99Ms / dist.medianMs) / Z99;
      return dist.medianMs * Math.exp((sigma * sigma) / 2);
    }
  }
}

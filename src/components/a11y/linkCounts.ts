// Requests per link over the last simulated second, for the reduced-motion view that shows
// numbers instead of moving dots. Pure and bounded: a ring of recent request departures.
import type { Hop } from '../../engine/api';

export const WINDOW_MS = 1000;

export type LinkCounter = {
  /** `weight` > 1 stands for hops the worker left out of a thinned frame. */
  add(hops: readonly Hop[], weight?: number): void;
  /** Requests that departed on each link ("from>to") in (nowMs − 1 s, nowMs]. */
  counts(nowMs: number): Map<string, number>;
  clear(): void;
};

export const linkKey = (from: string, to: string) => `${from}>${to}`;

export function createLinkCounter(): LinkCounter {
  let recent: { key: string; atMs: number; w: number }[] = [];
  return {
    add(hops, w = 1) {
      // Only requests: answers and health checks travel the same links and would double count.
      for (const h of hops) {
        if (h.kind !== 'request') continue;
        // Through a virtual IP a request crosses two drawn links: caller→address→member.
        if (h.via && h.via !== h.from && h.via !== h.to) {
          recent.push({ key: linkKey(h.from, h.via), atMs: h.departMs, w }, { key: linkKey(h.via, h.to), atMs: h.departMs, w });
        } else recent.push({ key: linkKey(h.from, h.to), atMs: h.departMs, w });
      }
    },
    counts(nowMs) {
      recent = recent.filter((r) => r.atMs > nowMs - WINDOW_MS && r.atMs <= nowMs + WINDOW_MS);
      const out = new Map<string, number>();
      for (const r of recent) if (r.atMs <= nowMs) out.set(r.key, (out.get(r.key) ?? 0) + r.w);
      for (const [k, v] of out) out.set(k, Math.round(v));
      return out;
    },
    clear() { recent = []; },
  };
}

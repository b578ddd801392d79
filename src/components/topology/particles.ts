// Request particles: a fixed-size ring of typed arrays. No objects per particle and no React:
// thousands move at 60 fps. Framework-free ({ add, each }) like xyflow's system layer;
// dotRaster.ts draws them and ParticleCanvas only creates and disposes both.
import type { Hop } from '../../engine/api';
import { PARTICLE } from '../theme';
import type { Segment } from './layout';
import { BREAKER_AT } from './breakerGeometry';

// A simulated hop lasts 1–2 ms; shown to scale it would be invisible at any speed. Every
// particle travels for at least this long on screen so the flow can be seen.
export const MIN_TRAVEL_WALL_MS = 300;
// Requests and answers share a link; drawing them in two lanes keeps both visible.
const LANE_OFFSET = 3.5;

/** Indexed by ColourIndex: request, ok answer, failed answer, health check, retry (attempt 2+). */
export const COLOURS = [PARTICLE.request, PARTICLE.ok, PARTICLE.failed, PARTICLE.probe, PARTICLE.retry];
/** Failed answers are larger: they are what the learner is looking for. */
export const RADII = [2.4, 2.4, 3.4, 2, 2.8];
export type ColourIndex = 0 | 1 | 2 | 3 | 4;
const DRAW_ORDER: readonly ColourIndex[] = [3, 0, 4, 1, 2];

export function colourOf(hop: Hop): ColourIndex {
  switch (hop.kind) {
    case 'probe':
    case 'probe-response': return 3;
    case 'request': return hop.attempt > 1 ? 4 : 0;
    case 'rejected': return 2;
    case 'response': return hop.outcome === undefined || hop.outcome === 'ok' ? 1 : 2;
  }
}

export type FrameTiming = { simMs: number; wallNow: number; speed: number };

export type ParticleField = {
  setLinks(links: readonly Segment[], centres: ReadonlyMap<string, { x: number; y: number }>): void;
  add(hops: readonly Hop[], timing: FrameTiming): void;
  /** Calls `dot` with the layout position of every particle alive at `wallNow` (and its attempt number); returns how many. */
  each(wallNow: number, dot: (x: number, y: number, colour: ColourIndex, attempt: number) => void): number;
  clear(): void;
};

export function createParticleField(capacity: number): ParticleField {
  const x0 = new Float32Array(capacity), y0 = new Float32Array(capacity);
  const dx = new Float32Array(capacity), dy = new Float32Array(capacity);
  const start = new Float64Array(capacity), duration = new Float32Array(capacity);
  const colour = new Uint8Array(capacity);
  const attempt = new Uint8Array(capacity); // 1 = first attempt; capped at 255
  let head = 0; // next slot to write; when full it is the oldest, which is overwritten
  let paths = new Map<string, Segment>();
  let neighbours = new Map<string, Set<string>>();
  let centres: ReadonlyMap<string, { x: number; y: number }> = new Map();

  function clear() { duration.fill(0); start.fill(0); }

  function segmentFor(from: string, to: string): [number, number, number, number] | null {
    const fwd = paths.get(`${from}>${to}`);
    if (fwd) return [fwd.x0, fwd.y0, fwd.x1, fwd.y1];
    const back = paths.get(`${to}>${from}`);
    if (back) return [back.x1, back.y1, back.x0, back.y0];
    const a = centres.get(from), b = centres.get(to);
    return a && b ? [a.x, a.y, b.x, b.y] : null;
  }

  /** A node linked to both ends, when the ends have no link themselves. */
  function between(from: string, to: string): string | null {
    const near = neighbours.get(from);
    if (!near || near.has(to)) return null;
    for (const k of near) if (neighbours.get(k)?.has(to)) return k;
    return null;
  }

  let bouncing: [number, number, number, number] | null = null; // the leg of a bounce being written
  function put(from: string, to: string, kind: Hop['kind'], begin: number, length: number, c: ColourIndex, n = 1) {
    const seg = from === to ? null : segmentFor(from, to);
    if (!seg) return;
    let [ax, ay, bx, by] = seg;
    if (kind === 'rejected' && !bouncing) {
      // A call refused by an open breaker never leaves its caller: it runs out to the switch
      // (BREAKER_AT along the link) and bounces straight back.
      const mx = ax + (bx - ax) * BREAKER_AT, my = ay + (by - ay) * BREAKER_AT;
      bouncing = [ax, ay, mx, my];
      put(from, to, kind, begin, length / 2, c, n);
      bouncing = [mx, my, ax, ay];
      put(from, to, kind, begin + length / 2, length / 2, c, n);
      bouncing = null;
      return;
    }
    if (bouncing) [ax, ay, bx, by] = bouncing;
    const len = Math.hypot(bx - ax, by - ay) || 1;
    // Lanes by direction of travel: perpendicular offset to the right of the motion.
    const lane = kind === 'probe' || kind === 'probe-response' ? LANE_OFFSET * 0.4 : LANE_OFFSET;
    const ox = (-(by - ay) / len) * lane, oy = ((bx - ax) / len) * lane;
    const i = head;
    head = (head + 1) % capacity;
    x0[i] = ax + ox; y0[i] = ay + oy; dx[i] = bx - ax; dy[i] = by - ay;
    start[i] = begin;
    duration[i] = length;
    colour[i] = c;
    attempt[i] = Math.min(255, n);
  }

  return {
    setLinks(links, c) {
      paths = new Map(links.map((s) => [`${s.from}>${s.to}`, s]));
      neighbours = new Map();
      for (const { from, to } of links) {
        (neighbours.get(from) ?? neighbours.set(from, new Set()).get(from)!).add(to);
        (neighbours.get(to) ?? neighbours.set(to, new Set()).get(to)!).add(from);
      }
      centres = c;
      clear();
    },
    add(hops, { simMs, wallNow, speed }) {
      for (const hop of hops) {
        // The hop left (simMs − departMs) simulated ms ago, i.e. that much wall time / speed:
        // hops of one frame are staggered as they happened instead of starting together.
        const begin = wallNow - Math.max(0, simMs - hop.departMs) / speed;
        const length = Math.max(MIN_TRAVEL_WALL_MS, (hop.arriveMs - hop.departMs) / speed);
        const c = colourOf(hop);
        // Between nodes with no link of their own (users ↔ lb2 behind a virtual IP): show the
        // message reaching the node in between, then going on.
        const via = hop.via && hop.via !== hop.from && hop.via !== hop.to ? hop.via : between(hop.from, hop.to);
        if (via) {
          put(hop.from, via, hop.kind, begin, length / 2, c, hop.attempt);
          put(via, hop.to, hop.kind, begin + length / 2, length / 2, c, hop.attempt);
        } else {
          put(hop.from, hop.to, hop.kind, begin, length, c, hop.attempt);
        }
      }
    },
    each(wallNow, dot) {
      let alive = 0;
      // Colour by colour, failures after ok answers, so a failure is drawn on top.
      for (const c of DRAW_ORDER) {
        for (let i = 0; i < capacity; i++) {
          if (colour[i] !== c || duration[i] === 0) continue;
          const t = (wallNow - start[i]) / duration[i];
          if (t >= 1) { duration[i] = 0; continue; } // arrived: free the slot for counting
          if (t < 0) continue; // the second leg of a hop via a virtual IP, not yet begun
          alive++;
          dot(x0[i] + dx[i] * t, y0[i] + dy[i] * t, c, attempt[i]);
        }
      }
      return alive;
    },
    clear,
  };
}

import { describe, expect, it } from 'vitest';
import type { Hop } from '../../engine/api';
import { colourOf, createParticleField, MIN_TRAVEL_WALL_MS, type ParticleField } from './particles';

const hop = (over: Partial<Hop> = {}): Hop =>
  ({ from: 'a', to: 'b', departMs: 1000, arriveMs: 1002, kind: 'request', attempt: 1, ...over });

const links = [{ from: 'a', to: 'b', x0: 0, y0: 0, x1: 100, y1: 0 }];

function dots(field: ParticleField, wallNow: number) {
  const out: { x: number; y: number; c: number }[] = [];
  field.each(wallNow, (x, y, c) => out.push({ x, y, c }));
  return out;
}

describe('particle field', () => {
  it('colours by kind and outcome', () => {
    expect(colourOf(hop())).toBe(0);
    expect(colourOf(hop({ kind: 'response', outcome: 'ok' }))).toBe(1);
    expect(colourOf(hop({ kind: 'response', outcome: 'lost' }))).toBe(2);
    expect(colourOf(hop({ kind: 'probe' }))).toBe(3);
    expect(colourOf(hop({ kind: 'rejected', outcome: 'rejected' }))).toBe(2);
  });

  it('sends a hop addressed to a virtual IP through the address, then on to its master', () => {
    const field = createParticleField(10);
    field.setLinks([
      { from: 'u', to: 'vip', x0: 0, y0: 0, x1: 100, y1: 0 },
      { from: 'vip', to: 'lb1', x0: 100, y0: 0, x1: 200, y1: 0 },
    ], new Map());
    field.add([hop({ from: 'u', to: 'lb1', via: 'vip' })], { simMs: 1000, wallNow: 0, speed: 1 });
    const half = MIN_TRAVEL_WALL_MS / 2;
    expect(dots(field, half / 2).map((d) => Math.round(d.x))).toEqual([50]);
    expect(dots(field, half + half / 2).map((d) => Math.round(d.x))).toEqual([150]);
  });

  it('stretches a 2 ms hop to the minimum travel time and moves it along its link', () => {
    const field = createParticleField(10);
    field.setLinks(links, new Map());
    field.add([hop()], { simMs: 1000, wallNow: 0, speed: 1 });
    const [d] = dots(field, MIN_TRAVEL_WALL_MS / 2);
    expect(d.x).toBeCloseTo(50);
    expect(d.y).toBeCloseTo(3.5); // the request lane, right of the direction of travel
    expect(dots(field, MIN_TRAVEL_WALL_MS)).toEqual([]);
  });

  it('keeps a slow hop at its own pace: 1 s of simulated travel at 1× takes 1 s', () => {
    const field = createParticleField(10);
    field.setLinks(links, new Map());
    field.add([hop({ arriveMs: 2000 })], { simMs: 1000, wallNow: 0, speed: 1 });
    expect(dots(field, 500)[0].x).toBeCloseTo(50);
  });

  it('staggers the hops of one frame by when they departed', () => {
    const field = createParticleField(10);
    field.setLinks(links, new Map());
    // At 1×, a hop that left 150 simulated ms before the frame's end is already half way.
    field.add([hop({ departMs: 850 })], { simMs: 1000, wallNow: 0, speed: 1 });
    expect(dots(field, 0)[0].x).toBeCloseTo(50);
  });

  it('runs a response back along the link in the other lane, drawn after requests', () => {
    const field = createParticleField(10);
    field.setLinks(links, new Map());
    field.add([hop({ from: 'b', to: 'a', kind: 'response', outcome: 'error' }), hop()], { simMs: 1000, wallNow: 0, speed: 1 });
    const [first, second] = dots(field, 75);
    expect(first.c).toBe(0);
    expect(second).toMatchObject({ c: 2 });
    expect(second.x).toBeCloseTo(75);
    expect(second.y).toBeCloseTo(-3.5);
  });

  it('keeps at most its capacity, dropping the oldest', () => {
    const field = createParticleField(3);
    field.setLinks(links, new Map());
    const hops = [0, 1, 2, 3, 4].map((i) => hop({ departMs: 1000 + i }));
    field.add(hops, { simMs: 1004, wallNow: 0, speed: 1 });
    // The survivors are the three latest departures: they are furthest behind on the link.
    expect(dots(field, 0).map((d) => Math.round(d.x * 100) / 100).sort()).toEqual([0, 0.33, 0.67]);
  });

  it('finds the node in between when two ends have no link of their own', () => {
    const field = createParticleField(10);
    field.setLinks([
      { from: 'u', to: 'vip', x0: 0, y0: 0, x1: 100, y1: 0 },
      { from: 'vip', to: 'lb1', x0: 100, y0: 0, x1: 200, y1: 0 },
    ], new Map());
    field.add([hop({ from: 'lb1', to: 'u', kind: 'response', outcome: 'ok' })], { simMs: 1000, wallNow: 0, speed: 1 });
    expect(dots(field, MIN_TRAVEL_WALL_MS / 4).map((d) => Math.round(d.x))).toEqual([150]);
  });

  it('skips hops between nodes it does not know', () => {
    const field = createParticleField(3);
    field.setLinks(links, new Map());
    field.add([hop({ from: 'x', to: 'y' })], { simMs: 1000, wallNow: 0, speed: 1 });
    expect(dots(field, 0)).toEqual([]);
  });
});

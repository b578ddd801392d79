import { describe, expect, it } from 'vitest';
import type { Hop } from '../../engine/api';
import { colourOf, createParticleField } from './particles';
import { createDotRaster, glyphOffsets } from './dotRaster';

const hop = (o: Partial<Hop> = {}): Hop => ({ from: 'a', to: 'b', departMs: 0, arriveMs: 10, kind: 'request', attempt: 1, ...o });

describe('retry particles', () => {
  it('colours retries apart from first attempts; answers keep their outcome colour', () => {
    expect(colourOf(hop())).toBe(0);
    expect(colourOf(hop({ attempt: 2 }))).toBe(4);
    expect(colourOf(hop({ kind: 'response', outcome: 'ok', attempt: 3 }))).toBe(1);
  });

  it('hands each particle its attempt number', () => {
    const f = createParticleField(8);
    f.setLinks([{ from: 'a', to: 'b', x0: 0, y0: 0, x1: 100, y1: 0 }], new Map());
    f.add([hop(), hop({ attempt: 3 })], { simMs: 0, wallNow: 0, speed: 1 });
    const seen: number[] = [];
    f.each(100, (_x, _y, _c, n) => seen.push(n));
    expect(seen.sort()).toEqual([1, 3]);
  });

  it('stamps a 3×5 digit beside the dot, scaled with the pixel ratio', () => {
    expect(glyphOffsets(8, 1).length / 2).toBe(13); // "8" lights 13 of 15 font pixels
    expect(glyphOffsets(8, 2).length / 2).toBe(52);
    expect(glyphOffsets(1, 1).length).toBe(0); // first attempts carry no number
    const r = createDotRaster(1);
    r.clear(30, 30);
    r.digit(10, 15, 7);
    const lit = Array.from(r.pixels).filter((p) => p !== 0).length;
    expect(lit).toBe(glyphOffsets(7, 1).length / 2);
    expect(r.pixels[(15 - 7) * 30 + 13]).not.toBe(0); // top-left of the glyph at (+3, −7)
  });
});

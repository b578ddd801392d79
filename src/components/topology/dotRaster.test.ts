import { describe, expect, it } from 'vitest';
import { createDotRaster, makeStamp } from './dotRaster';

describe('dot raster', () => {
  it('makes a round stamp with a solid middle and soft edges', () => {
    const s = makeStamp('#0072B2', 2.4);
    const at = (x: number, y: number) => [...s.dx].findIndex((dx, k) => dx === x && s.dy[k] === y);
    expect(s.alpha[at(0, 0)]).toBe(255);
    expect(s.rgba[at(0, 0)]).toBe(0xffb27200); // 0xAABBGGRR for #0072B2
    expect(s.alpha[at(2, 2)]).toBeLessThan(255); // a corner is partly covered
    expect(at(4, 0)).toBe(-1);
  });

  it('stamps at the rounded position, clipped to the buffer', () => {
    const r = createDotRaster(1);
    r.clear(10, 10);
    r.dot(0.4, 5.2, 2);
    expect(r.pixels[5 * 10 + 0] >>> 24).toBe(255);
    expect(r.pixels[5 * 10 + 9]).toBe(0);
    r.clear(10, 10);
    expect(r.pixels.every((p) => p === 0)).toBe(true);
  });

  it('keeps the more opaque pixel where dots overlap', () => {
    const r = createDotRaster(1);
    r.clear(20, 20);
    r.dot(10, 10, 1);
    r.dot(13, 10, 3); // a probe whose soft edge reaches the first dot's middle
    expect(r.pixels[10 * 20 + 10] >>> 24).toBe(255);
    expect(r.pixels[10 * 20 + 10] & 0xffffff).toBe(0xb27200);
  });
});

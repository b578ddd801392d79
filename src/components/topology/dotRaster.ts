// Draws particle dots straight into a pixel buffer, then hands it to the canvas once per frame.
// Measured in headless Chromium without a GPU (the CI machine): filling 4,000 arc paths cost a
// frame in three; stamping pre-computed dots into an ImageData and one putImageData does not.
// Browsers store ImageData as RGBA bytes; on little-endian machines (all of them) one pixel
// read as a Uint32 is 0xAABBGGRR.
import { COLOURS, RADII, type ColourIndex } from './particles';

/** Pixel offsets and colours (with anti-aliased edges) of one dot. */
type Stamp = { dx: Int16Array; dy: Int16Array; rgba: Uint32Array; alpha: Uint8Array };

function parseHex(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function makeStamp(hex: string, radiusPx: number): Stamp {
  const [r, g, b] = parseHex(hex);
  const reach = Math.ceil(radiusPx + 0.5);
  const dx: number[] = [], dy: number[] = [], rgba: number[] = [], alpha: number[] = [];
  for (let y = -reach; y <= reach; y++) {
    for (let x = -reach; x <= reach; x++) {
      // Coverage of the pixel by the disc, approximated by distance from its centre.
      const cover = Math.min(1, Math.max(0, radiusPx + 0.5 - Math.hypot(x, y)));
      if (cover <= 0) continue;
      const a = Math.round(cover * 255);
      dx.push(x); dy.push(y); alpha.push(a);
      rgba.push(((a << 24) | (b << 16) | (g << 8) | r) >>> 0);
    }
  }
  return { dx: Int16Array.from(dx), dy: Int16Array.from(dy), rgba: Uint32Array.from(rgba), alpha: Uint8Array.from(alpha) };
}

// A 3×5 pixel font for the attempt number beside a retry's dot: digits 2–9, then "+" for 10 and
// more. Rows top to bottom, bit 2 = left column. Stamped as solid pixels, so it costs a few writes.
const GLYPHS: Record<number, number[]> = {
  2: [7, 1, 7, 4, 7], 3: [7, 1, 3, 1, 7], 4: [5, 5, 7, 1, 1], 5: [7, 4, 7, 1, 7],
  6: [7, 4, 7, 5, 7], 7: [7, 1, 1, 2, 2], 8: [7, 5, 7, 5, 7], 9: [7, 5, 7, 1, 7], 10: [0, 2, 7, 2, 0],
};
// Dark purple with a white halo pixel around each stroke would cost more; this reads on white and on links.
const DIGIT_RGBA = 0xff5a1e4a; // #4a1e5a, opaque, as 0xAABBGGRR

/** Pixel offsets of a glyph scaled by `px` (each font pixel a px × px block). */
export function glyphOffsets(n: number, px: number): Int16Array {
  const rows = GLYPHS[Math.min(10, n)];
  if (!rows) return new Int16Array(0);
  const out: number[] = [];
  rows.forEach((bits, r) => {
    for (let c = 0; c < 3; c++) {
      if (!(bits & (4 >> c))) continue;
      for (let yy = 0; yy < px; yy++) for (let xx = 0; xx < px; xx++) out.push(c * px + xx, r * px + yy);
    }
  });
  return Int16Array.from(out);
}

export type DotRaster = {
  /** Starts a frame of `width` × `height` device pixels, all transparent. */
  clear(width: number, height: number): void;
  /** Stamps a dot centred at device pixel (x, y). */
  dot(x: number, y: number, colour: ColourIndex): void;
  /** Stamps the attempt number `n` (2+) above and right of a dot centred at (x, y). */
  digit(x: number, y: number, n: number): void;
  readonly pixels: Uint32Array;
  readonly width: number;
  readonly height: number;
};

export function createDotRaster(radiusScale: number): DotRaster {
  const stamps = COLOURS.map((hex, c) => makeStamp(hex, RADII[c] * radiusScale));
  const fontPx = Math.max(1, Math.round(radiusScale));
  const glyphs = Array.from({ length: 11 }, (_, n) => glyphOffsets(n, fontPx));
  let width = 0, height = 0;
  let pixels = new Uint32Array(0);
  return {
    get pixels() { return pixels; },
    get width() { return width; },
    get height() { return height; },
    clear(w, h) {
      if (w !== width || h !== height) { width = w; height = h; pixels = new Uint32Array(w * h); }
      else pixels.fill(0);
    },
    dot(x, y, colour) {
      const s = stamps[colour];
      const cx = Math.round(x), cy = Math.round(y);
      for (let k = 0; k < s.rgba.length; k++) {
        const px = cx + s.dx[k], py = cy + s.dy[k];
        if (px < 0 || py < 0 || px >= width || py >= height) continue;
        const i = py * width + px;
        // A dot's soft edge must not cut into a neighbour's solid middle: keep the more opaque.
        if (s.alpha[k] >= pixels[i] >>> 24) pixels[i] = s.rgba[k];
      }
    },
    digit(x, y, n) {
      const g = glyphs[Math.min(10, n)];
      const ox = Math.round(x) + 3 * fontPx, oy = Math.round(y) - 7 * fontPx;
      for (let k = 0; k < g.length; k += 2) {
        const px = ox + g[k], py = oy + g[k + 1];
        if (px >= 0 && py >= 0 && px < width && py < height) pixels[py * width + px] = DIGIT_RGBA;
      }
    },
  };
}

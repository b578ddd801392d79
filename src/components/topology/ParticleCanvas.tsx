// The canvas over the topology where request particles move. It takes hops straight from the
// bridge (never through React state) and draws on its own animation frame.
import { useEffect, useRef, type RefObject } from 'react';
import { useRuntime } from '../RuntimeContext';
import { createParticleField } from './particles';
import { createDotRaster } from './dotRaster';
import type { Layout } from './layout';

// Beyond a few thousand dots the picture is a solid stream anyway; the oldest make way.
export const MAX_PARTICLES = 4000;
const COUNTER_EVERY_MS = 250;

type Props = { layout: Layout; scale: number; counter: RefObject<HTMLElement | null> };

export function ParticleCanvas({ layout, scale, counter }: Props) {
  const { bridge, store } = useRuntime();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const fieldRef = useRef<ReturnType<typeof createParticleField> | null>(null);
  fieldRef.current ??= createParticleField(MAX_PARTICLES);

  useEffect(() => { fieldRef.current!.setLinks(layout.links, layout.byId); }, [layout]);

  // Hops drawn vs hops the worker left out, over the last second, for the "1 in N" note.
  const thinning = useRef({ shown: 0, dropped: 0 });
  useEffect(() => bridge.onFrame((frame) => {
    fieldRef.current!.add(frame.hops, { simMs: frame.simMs, wallNow: performance.now(), speed: store.getState().speed });
    thinning.current.shown += frame.hops.length;
    thinning.current.dropped += frame.dropped;
  }), [bridge, store]);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const px = (window.devicePixelRatio || 1) * scale;
    canvas.width = Math.round(layout.width * px);
    canvas.height = Math.round(layout.height * px);
    const raster = createDotRaster(px);
    raster.clear(canvas.width, canvas.height);
    const image = new ImageData(new Uint8ClampedArray(raster.pixels.buffer as ArrayBuffer), canvas.width, canvas.height);
    const dot = (x: number, y: number, c: 0 | 1 | 2 | 3 | 4, attempt: number) => {
      raster.dot(x * px, y * px, c);
      // Retries carry their attempt number; first attempts (nearly all particles) pay nothing.
      if (attempt > 1) raster.digit(x * px, y * px, attempt);
    };
    let raf = 0, lastCount = -1, lastCounter = 0, lastThinning = 0;
    let ratio = '';
    const draw = (now: number) => {
      raf = requestAnimationFrame(draw);
      raster.clear(canvas.width, canvas.height);
      const count = fieldRef.current!.each(now, dot);
      // Nothing moving and nothing left on screen: skip the upload.
      if (count > 0 || lastCount !== 0) ctx.putImageData(image, 0, 0);
      if (count !== lastCount) { canvas.dataset.particles = String(count); lastCount = count; }
      if (now - lastThinning >= 1000) {
        const { shown, dropped } = thinning.current;
        ratio = shown > 0 && dropped > 0 ? ` · 1 hop in ${Math.round((shown + dropped) / shown)} drawn` : '';
        thinning.current = { shown: 0, dropped: 0 };
        lastThinning = now;
      }
      if (now - lastCounter >= COUNTER_EVERY_MS && counter.current) {
        counter.current.textContent = `${count.toLocaleString('en-US')} on screen${ratio}`;
        lastCounter = now;
      }
    };
    raf = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(raf);
  }, [layout, scale, counter]);

  return (
    <canvas
      ref={canvasRef}
      className="particles"
      data-particles="0"
      aria-hidden="true"
      style={{ width: layout.width * scale, height: layout.height * scale }}
    />
  );
}

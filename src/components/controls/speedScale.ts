// The speed slider is logarithmic: 0.1× to 50× spans 2.7 decades, and equal slider distances
// should feel like equal ratios (1× → 2× as far as 10× → 20×).
import { MAX_SPEED, MIN_SPEED } from '../../store/controlsSlice';

export const SLIDER_STEPS = 1000;
const RATIO = Math.log(MAX_SPEED / MIN_SPEED);

export function speedToSlider(speed: number): number {
  const s = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
  return Math.round((Math.log(s / MIN_SPEED) / RATIO) * SLIDER_STEPS);
}

export function sliderToSpeed(position: number): number {
  const raw = MIN_SPEED * Math.exp((position / SLIDER_STEPS) * RATIO);
  // Land on round numbers: nobody wants 0.98×, and 1× is the natural resting point.
  const nice = raw < 1 ? Math.round(raw * 20) / 20 : raw < 10 ? Math.round(raw * 4) / 4 : Math.round(raw);
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, nice));
}

export function formatSpeed(speed: number): string {
  if (speed < 1) return `${speed.toFixed(2).replace(/0$/, '')}×`;
  if (speed < 10) return `${Number(speed.toFixed(2))}×`;
  return `${Math.round(speed)}×`;
}

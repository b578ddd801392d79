// Speed, 0.1× to 50×, on a logarithmic slider.
import { useId } from 'react';
import { useApp, useRuntime } from '../RuntimeContext';
import { formatSpeed, sliderToSpeed, speedToSlider, SLIDER_STEPS } from './speedScale';

export function SpeedSlider() {
  const { store } = useRuntime();
  const speed = useApp((s) => s.speed);
  const id = useId();
  return (
    <div className="speed">
      <label htmlFor={id}>Speed</label>
      <input
        id={id}
        type="range"
        min={0}
        max={SLIDER_STEPS}
        // One arrow press must reach the next round speed (1× → 1.25×): a finer step rounds back.
        step={25}
        value={speedToSlider(speed)}
        aria-valuetext={`${formatSpeed(speed)} real time`}
        onChange={(e) => store.getState().setSpeed(sliderToSpeed(Number(e.target.value)))}
      />
      <output htmlFor={id} className="speed-value">{formatSpeed(speed)}</output>
    </div>
  );
}

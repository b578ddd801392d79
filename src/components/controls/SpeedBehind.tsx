// A small note beside the speed slider when the run cannot keep the chosen speed (a heavy
// scenario at 50×): the actual speed, so a crawling clock is explained.
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../RuntimeContext';
import { addSample, effectiveSpeed, isBehind, type Sample } from './effectiveSpeed';
import { formatSpeed } from './speedScale';

export function SpeedBehind() {
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const samples = useRef<Sample[]>([]);
  const [actual, setActual] = useState<number | null>(null);

  useEffect(() => {
    if (!playing) { samples.current = []; setActual(null); return; }
    samples.current = addSample(samples.current, { wallMs: performance.now(), simMs });
    setActual(effectiveSpeed(samples.current));
  }, [simMs, playing]);

  if (!playing || !isBehind(actual, speed)) return null;
  return (
    <span className="speed-behind" role="status" data-testid="speed-behind"
      title="This scenario takes more computing than the chosen speed allows; the simulation is still exact, just slower.">
      running at {formatSpeed(Math.max(0.01, actual!))} — heavy scenario
    </span>
  );
}

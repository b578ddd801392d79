// What the particle colours mean, and how many particles are on screen (written by the canvas
// straight into the DOM, four times a second, without a React render).
import type { RefObject } from 'react';
import { PARTICLE } from '../theme';

const ITEMS = [
  { colour: PARTICLE.request, label: 'request' },
  { colour: PARTICLE.ok, label: 'ok answer' },
  { colour: PARTICLE.failed, label: 'failed: error, timeout, lost, shed, rejected' },
  { colour: PARTICLE.probe, label: 'health check' },
  { colour: PARTICLE.retry, label: 'retry (attempt number beside it)' },
];

export function Legend({ counter }: { counter: RefObject<HTMLSpanElement | null> }) {
  return (
    <div className="legend" aria-label="Particle legend">
      {ITEMS.map((item) => (
        <span key={item.label} className="legend-item">
          <svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r={item.colour === PARTICLE.failed ? 5 : 4} fill={item.colour} /></svg>
          {item.label}
        </span>
      ))}
      <span className="legend-count" ref={counter}>0 on screen</span>
    </div>
  );
}

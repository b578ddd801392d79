// Where a breaker sits on its link: near its owner, because the breaker lives in the caller —
// a rejected call never crosses the network. Shared by the switch and the bouncing particles.
export const BREAKER_AT = 0.42;

export function breakerPoint(seg: { x0: number; y0: number; x1: number; y1: number }) {
  return { x: seg.x0 + (seg.x1 - seg.x0) * BREAKER_AT, y: seg.y0 + (seg.y1 - seg.y0) * BREAKER_AT };
}

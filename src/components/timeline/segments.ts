// Turns a history of state changes into the stretches a band draws over a time window:
// the state in force at the window's start, then one stretch per change inside it.
export type Stretch<S> = { from: number; to: number; state: S };

export function stretches<S>(history: readonly { atMs: number; state: S }[], initial: S, x0: number, x1: number): Stretch<S>[] {
  const sorted = [...history].sort((a, b) => a.atMs - b.atMs);
  let state = initial;
  for (const h of sorted) if (h.atMs <= x0) state = h.state;
  const out: Stretch<S>[] = [];
  let from = x0;
  for (const h of sorted) {
    if (h.atMs <= x0 || h.atMs > x1) continue;
    if (h.state === state) continue;
    out.push({ from, to: h.atMs, state });
    from = h.atMs;
    state = h.state;
  }
  if (x1 > from) out.push({ from, to: x1, state });
  return out;
}

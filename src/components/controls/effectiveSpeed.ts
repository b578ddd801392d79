// How fast simulated time really moves, from (wall time, simulated time) samples over the last
// few seconds. A heavy scenario cannot always keep up with the chosen speed; the learner
// should see that rather than wonder why the clock crawls.
export type Sample = { wallMs: number; simMs: number };

// Long enough to hold two frames even when a heavy run answers only every couple of seconds.
const WINDOW_MS = 6000;

export function addSample(samples: Sample[], s: Sample): Sample[] {
  const kept = samples.filter((x) => x.wallMs >= s.wallMs - WINDOW_MS && x.simMs <= s.simMs);
  kept.push(s);
  return kept;
}

/** Simulated ms per wall ms over the window, or null while there is too little to judge. */
export function effectiveSpeed(samples: readonly Sample[]): number | null {
  if (samples.length < 2) return null;
  const first = samples[0], last = samples[samples.length - 1];
  const wall = last.wallMs - first.wallMs;
  return wall >= 1000 ? (last.simMs - first.simMs) / wall : null;
}

/** The chosen speed is "not kept" when the run manages less than half of it. */
export function isBehind(actual: number | null, chosen: number): boolean {
  return actual !== null && actual < chosen * 0.5;
}

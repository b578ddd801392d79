// Issue 5, lesson 1: naive retries at every layer multiply the load on a failing dependency.
// Checked with the CLI (`--series 1000`): during the outage db gets ≈ 470 attempts a second for
// ≈ 18 failed user requests a second, 26–27 per request — 3 × 3 × 3.
import storm from './scenarios/retry-storm.json';
import type { Lesson } from './types';

export const retryStorm: Lesson = {
  id: 'retry-storm',
  title: 'The retry storm',
  text: `Every layer of this system retries: **users** try \`api\` up to 3 times, \`api\` tries \`orders\` up to 3 times, and \`orders\` tries \`db\` up to 3 times — at once, with no pause. Each layer is being "helpful".

At 5 s the database starts failing every request (until 25 s). Watch what reaches it:
- Press **Play**. Purple dots with a small number are retries; the number is the attempt.
- Click \`users\` and read *Attempts per request, by call site*: the last column multiplies the layers.
- Watch the arrivals-per-100 ms chart under the live chart: the load on \`db\` jumps twenty-fold while no request succeeds.

Then press **Retry only at the edge** and the run replays with the inner layers making one attempt each.

**Takeaway:** retries multiply across layers (3 × 3 × 3 = 27). Retry in one place — usually the edge — and let the inner layers fail fast.`,
  scenario: storm,
  knobs: [
    { id: 'every-layer', label: 'Retry at every layer', sets: [
      { path: 'nodes[1].calls[0].retry.maxAttempts', value: 3 }, { path: 'nodes[2].calls[0].retry.maxAttempts', value: 3 }] },
    { id: 'edge-only', label: 'Retry only at the edge', sets: [
      { path: 'nodes[1].calls[0].retry.maxAttempts', value: 1 }, { path: 'nodes[2].calls[0].retry.maxAttempts', value: 1 }] },
  ],
  goals: [
    {
      id: 'storm',
      text: 'See one user request become 20 or more attempts at db',
      check: { kind: 'flow', when: [{ path: 'nodes[2].calls[0].retry.maxAttempts', equals: 3 }], whenHint: 'Press “Retry at every layer”.',
        all: [{ metric: 'multiplier:db', op: '>=', value: 20, label: 'db attempts per finished request, peak second' }], latch: true },
    },
    {
      id: 'edge-only',
      text: 'Retry only at the edge: at most 3 attempts per request reach db',
      check: { kind: 'flow', when: [{ path: 'nodes[2].calls[0].retry.maxAttempts', equals: 1 }, { path: 'nodes[1].calls[0].retry.maxAttempts', equals: 1 }],
        whenHint: 'Press “Retry only at the edge”.', afterMs: 10_000,
        // 3 attempts per request exactly; the peak one-second ratio reads up to ≈ 3.3 (seed 3) because a
        // request's attempts and its end can fall in different seconds, hence the slack.
        all: [{ metric: 'multiplier:db', op: '<=', value: 3.5, label: 'db attempts per finished request, peak second' }] },
    },
  ],
};

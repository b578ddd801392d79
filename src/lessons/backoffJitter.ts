// Issue 5, lesson 2: the herd after recovery, plain exponential vs full jitter, then the AWS
// contention experiment as a sweep. CLI (thundering-herd.json, seed 11): the most arrivals in one
// 100 ms window after the revive at 20 s is 312 with `jitter: none` and 60 with `full` (5.2×).
// Sweep at 100 clients (2 seeds): none ≈ 2,400 calls / 2 s; exponential ≈ 1,800 / 57 s;
// full ≈ 880 / 5.4 s; decorrelated ≈ 1,000 / 4 s.
import herd from '../../examples/thundering-herd.json';
import contention from '../../examples/contention.json';
import type { Lesson } from './types';

const strategy = (backoff: string, jitter: string) => [
  { path: 'nodes[0].retry.backoff', value: backoff }, { path: 'nodes[0].retry.jitter', value: jitter }];

export const backoffJitter: Lesson = {
  id: 'backoff-jitter',
  title: 'Backoff and jitter',
  text: `300 clients are connected to \`api\` when it crashes at 10 s; it comes back at 20 s. Every client's request died **at the same instant**, so every client retries on the same schedule: 0.4 s, 0.8 s, 1.6 s… later. Exponential backoff spaces the waves out, but each wave still arrives all at once — a *thundering herd* that can knock a recovering server straight back down.

*Jitter* draws each wait at random: with **full jitter** a client waits anywhere between 0 and the backoff, so the wave is spread over its whole window.
- Press **Play** and watch the arrivals-per-100 ms chart after 20 s: tall, narrow spikes.
- Press **Full jitter**: the run replays to the same moment with only that changed. Run past 20 s again.

Then the classic experiment (after the AWS Architecture Blog): clients race to write one database row; a write conflicts if another landed first, and the loser retries. **Run sweep** plays it for 10 to 100 clients with all five strategies.

**Takeaway:** backoff alone keeps synchronized clients synchronized; jitter breaks the lock step. Full jitter makes the fewest calls and finishes about as fast as anything.`,
  scenario: herd,
  knobs: [
    { id: 'no-jitter', label: 'Plain exponential (no jitter)', sets: [{ path: 'nodes[0].retry.jitter', value: 'none' }] },
    { id: 'full-jitter', label: 'Full jitter', sets: [{ path: 'nodes[0].retry.jitter', value: 'full' }] },
  ],
  sweep: {
    title: 'Contention: clients racing for one row',
    scenario: contention,
    path: 'nodes[0].arrivals.users',
    xLabel: 'clients',
    values: [10, 25, 40, 55, 70, 85, 100],
    seeds: [1, 2],
    series: [
      { id: 'none', label: 'no backoff', sets: strategy('none', 'none') },
      { id: 'exponential', label: 'exponential, no jitter', sets: strategy('exponential', 'none') },
      { id: 'full', label: 'full jitter', sets: strategy('exponential', 'full') },
      { id: 'equal', label: 'equal jitter', sets: strategy('exponential', 'equal') },
      { id: 'decorrelated', label: 'decorrelated', sets: strategy('exponential', 'decorrelated') },
    ],
    plots: [
      { metric: 'attempts', label: 'calls (all clients)' },
      { metric: 'finishMs', label: 'seconds until the last client is done', log: true },
    ],
  },
  goals: [
    {
      id: 'herd',
      text: 'Plain exponential: see 200+ arrivals in one 100 ms window after api comes back',
      check: { kind: 'flow', when: [{ path: 'nodes[0].retry.jitter', equals: 'none' }], whenHint: 'Press “Plain exponential (no jitter)”.',
        afterMs: 20_500, all: [{ metric: 'herd-peak:api:20000', op: '>=', value: 200, label: 'peak per 100 ms' }], latch: true },
    },
    {
      id: 'jitter',
      text: 'Full jitter: the peak after recovery stays under 100 per 100 ms',
      check: { kind: 'flow', when: [{ path: 'nodes[0].retry.jitter', equals: 'full' }], whenHint: 'Press “Full jitter”.',
        afterMs: 27_000, all: [{ metric: 'herd-peak:api:20000', op: '<=', value: 100, label: 'peak per 100 ms' }], latch: true },
    },
    {
      id: 'sweep',
      text: 'Run the contention sweep for all five strategies',
      check: { kind: 'flow', all: [{ metric: 'sweep:series', op: '>=', value: 5, label: 'strategies plotted' }] },
    },
  ],
};

// Issue 6, lesson 4: scale the workers, not the API. CLI over 30 s at 20 registrations a second
// (seed 5): 4 mailers → 328 jobs waiting and growing; 24 mailers → 0 waiting, max depth 3.
import scenario from './scenarios/scaling.json';
import type { Lesson } from './types';

export const scalingWorkers: Lesson = {
  id: 'scaling-workers',
  title: 'Scaling workers independently',
  text: `Registrations arrive at 20 a second and \`api\` (16 slots) answers every one in about 250 ms. But only **4 mailers** consume the queue: they finish about 8 emails a second, so the backlog grows by a dozen jobs every second and the welcome email arrives later and later.

Because the email is on a queue, the two tiers scale separately: the API does not need a single extra server.
- Press **Play**; watch the stack of job tokens grow and the oldest-job age climb.
- Click \`mailers\` and press **+ 4** until the backlog drains (the oldest-job line falls).
- Press **− 4** and watch it build again.

**Takeaway:** a queue decouples capacity: size the API for request latency and the workers for job throughput, and scale each on its own signal (queue depth for workers).`,
  scenario,
  goals: [
    {
      id: 'scale',
      text: 'Scale mailers to at least 16 workers',
      check: { kind: 'flow', latch: true, all: [{ metric: 'node:mailers:concurrency', op: '>=', value: 16, label: 'mailers' }] },
    },
    {
      id: 'drained',
      text: 'Drain the backlog (≤ 5 waiting) with the API unchanged',
      check: { kind: 'flow', afterAction: { action: 'scale', target: 'mailers' }, afterMs: 15_000, latch: true,
        all: [{ metric: 'queue:jobs:waiting', op: '<=', value: 5, label: 'waiting' },
          { metric: 'node:api:concurrency', op: '==', value: 16, label: 'api slots' }] },
    },
  ],
};

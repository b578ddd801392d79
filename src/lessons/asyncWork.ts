// Issue 6, lesson 1: move the email out of the request path. CLI (seed 5): async /register
// p50 260 ms, p99 406 ms, 0 of 1,035 registrations failed through the email outage (40–70 s);
// sync p50 559 ms, p99 2,436 ms before the outage and 325 failed registrations by 100 s.
import scenario from './scenarios/registration-async.json';
import type { Lesson } from './types';

const ROUTE = 'nodes[1].routes["/register"]';

export const asyncWork: Lesson = {
  id: 'async-work',
  title: 'Move work out of the request path',
  text: `A user registers: \`api\` hashes the password (about 250 ms) and the welcome email must go out. The email provider is slow — median 300 ms, sometimes seconds — and it will be down from 40 s to 70 s.

**Async** (how it starts): \`/register\` puts a job on the queue \`jobs\` and answers at once; 40 \`mailers\` take jobs and call the provider. **Sync**: \`/register\` calls the provider itself and the user waits.
- Press **Play** and read p50/p99 in the inspector of \`users\`. The job tokens pile into \`jobs\` and workers take them.
- Switch with the **Sync / Async** buttons above the charts; the run replays with the same users.
- Keep running through the outage in each mode.

**Takeaway:** work the user does not need to wait for belongs on a queue: the request answers in the time of its own work, and a dependency's outage becomes a backlog instead of failed requests.`,
  scenario,
  goals: [
    {
      id: 'async-fast',
      text: 'Async: /register p99 under 500 ms',
      check: { kind: 'flow', when: [{ path: `${ROUTE}.enqueue`, exists: true }], whenHint: 'Switch /register to Async.', afterMs: 10_000,
        all: [{ metric: 'client:users:p99', op: '<=', value: 500, label: 'p99 ms' }] },
    },
    {
      id: 'sync-fails',
      text: 'Sync: registrations fail while the email provider is down',
      check: { kind: 'flow', when: [{ path: `${ROUTE}.calls`, exists: true }], whenHint: 'Switch /register to Sync.', afterMs: 45_000, latch: true,
        all: [{ metric: 'client:users:failed', op: '>=', value: 20, label: 'failed registrations' }] },
    },
    {
      id: 'async-survives',
      text: 'Async: the email provider goes down and not one registration fails',
      check: { kind: 'flow', when: [{ path: `${ROUTE}.enqueue`, exists: true }], whenHint: 'Switch /register to Async.', afterMs: 60_000, latch: true,
        all: [{ metric: 'client:users:failed', op: '==', value: 0, label: 'failed registrations' },
          { metric: 'queue:jobs:failures', op: '>=', value: 1, label: 'email jobs that failed and were retried' }] },
    },
  ],
};

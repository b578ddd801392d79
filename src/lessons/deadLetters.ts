// Issue 6, lesson 3: a poison job, the DLQ, queue depth as the early warning, redrive after the
// fix. CLI (seed 5): 7 dead letters by 19 s (import-contacts jobs always fail, 5 receives each);
// email slowed ×10 from 20 s: depth 4 → 236 by 54 s while 443 of 443 registrations succeed;
// 30 dead letters by 60 s.
import scenario from './scenarios/dead-letters.json';
import type { Lesson } from './types';

export const deadLetters: Lesson = {
  id: 'dead-letters',
  title: 'Dead letters and the early warning',
  text: `Some jobs can never succeed — here an \`import-contacts\` job whose handler always throws. The queue retries it with growing delays and after 5 receives moves it to the **dead-letter queue** (the bin under \`jobs\`), so it stops blocking and stops burning workers.

At 20 s the email provider gets ten times slower (until 50 s). Nothing fails for users — registrations answer as fast as ever — but the **queue depth** and the **age of the oldest job** climb. That is the first sign, long before anyone complains about a missing email. Some email jobs exhaust their receives and land in the DLQ too.
- Press **Play**; watch the queue charts and the DLQ bin.
- After 50 s (the provider is fine again) click \`jobs\` and press **Redrive jobs**: the dead letters go back to the queue and the email jobs complete. The poison ones come back to the DLQ — they need a code fix, not a retry.

**Takeaway:** alert on queue depth and oldest-job age, not only on errors; give poison jobs a dead-letter queue, and redrive only after fixing the cause.`,
  scenario,
  goals: [
    {
      id: 'poison',
      text: 'A poison job lands in the dead-letter queue',
      check: { kind: 'flow', latch: true, all: [{ metric: 'queue:jobs:deadLettered', op: '>=', value: 1, label: 'dead-lettered' }] },
    },
    {
      id: 'warning',
      text: 'The early warning: oldest job older than 10 s while no registration fails',
      check: { kind: 'flow', latch: true, all: [{ metric: 'queue:jobs:oldestAgeMs', op: '>=', value: 10_000, label: 'oldest job ms' },
        { metric: 'client:users:failed', op: '<=', value: 2, label: 'failed registrations' }] },
    },
    {
      id: 'redrive',
      text: 'After the provider recovers, redrive the DLQ and drain the queue',
      check: { kind: 'flow', afterAction: { action: 'redrive', target: 'jobs' }, afterMs: 50_000, latch: true,
        all: [{ metric: 'queue:jobs:waiting', op: '<=', value: 10, label: 'waiting' },
          { metric: 'node:email:down', op: '==', value: 0, label: 'email down' }] },
    },
  ],
};

// Issue 6, lesson 2: at-least-once delivery and duplicates. CLI over 30 s (seed 5): visibility
// 30 s → 0 duplicate emails; 1 s → 25 duplicates (34 redeliveries); 1 s with an idempotent
// handler → 0 duplicates, 23 suppressed.
import scenario from './scenarios/idempotency.json';
import type { Lesson } from './types';

const VISIBILITY = 'nodes[2].visibilityTimeoutMs';
const IDEMPOTENT = 'nodes[3].idempotent';

export const idempotency: Lesson = {
  id: 'idempotency',
  title: 'Idempotency: the same job, twice',
  text: `A queue delivers a job and hides it for a *visibility timeout* (here 5 s). If the worker does not acknowledge in time, the queue assumes it died and delivers the job again. That is **at-least-once** delivery: a job is never lost, but it may run twice.

Make a duplicate welcome email, two ways:
- **Slow work**: press **Visibility 1 s**. Some emails take longer than a second, so the job is delivered again while the first worker is still sending.
- **A crash at the wrong moment**: click \`mailers\`, **Kill mailers**, then **Revive mailers**. Workers that had sent the email but not yet acknowledged leave the job to come back after 5 s — and send it again. The window is the worker's own work after the email (recording the send, about 200 ms), so most kills catch a job in it; if none does, try again.

A red alarm names each duplicate. Then press **Make the handler idempotent**: the worker records each job's id with its effect and acknowledges a repeat without sending again.

**Takeaway:** with at-least-once delivery, duplicates are normal; make handlers idempotent (keyed by job id) rather than hoping the timeout is long enough.`,
  scenario,
  knobs: [
    { id: 'visibility-1s', label: 'Visibility 1 s', sets: [{ path: VISIBILITY, value: 1000 }] },
    { id: 'visibility-5s', label: 'Visibility 5 s', sets: [{ path: VISIBILITY, value: 5000 }] },
    { id: 'idempotent', label: 'Make the handler idempotent', sets: [{ path: IDEMPOTENT, value: true }] },
    { id: 'not-idempotent', label: 'Plain handler', sets: [{ path: IDEMPOTENT, value: false }] },
  ],
  goals: [
    {
      id: 'duplicates',
      text: 'Cause a duplicate welcome email',
      check: { kind: 'flow', when: [{ path: IDEMPOTENT, equals: false }], whenHint: 'Press “Plain handler”.', latch: true,
        all: [{ metric: 'queue:jobs:duplicateSideEffects', op: '>=', value: 1, label: 'duplicates' }] },
    },
    {
      id: 'idempotent',
      text: 'Make the handler idempotent: repeats are suppressed, none sent twice',
      check: { kind: 'flow', when: [{ path: IDEMPOTENT, equals: true }], whenHint: 'Press “Make the handler idempotent”.',
        all: [{ metric: 'queue:jobs:duplicatesSuppressed', op: '>=', value: 1, label: 'suppressed' },
          { metric: 'queue:jobs:duplicateSideEffects', op: '==', value: 0, label: 'duplicates' }] },
    },
  ],
};

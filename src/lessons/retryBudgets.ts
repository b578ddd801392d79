// Issue 5, lesson 3: retry budgets. CLI at 30 s (seed 2): no budget → 1.99 attempts per request
// over the run; token bucket → 1.05 with 955 retries refused; ratio 10 % → 1.06 with 941 refused.
// After the outage the failed share is 0.0 % with either budget (transient errors are still
// retried) and 2.4 % with retries turned off.
import budgets from './scenarios/budgets.json';
import type { Lesson } from './types';

const BUDGET = 'nodes[0].retry.budget';

export const retryBudgets: Lesson = {
  id: 'retry-budgets',
  title: 'Retry budgets',
  text: `Retries are good for the occasional transient error — here 2 % of \`api\`'s answers are 500s, and a second try almost always works. They are bad during an outage: from 10 s to 20 s \`api\` fails everything, and each client request turns into four attempts.

A *retry budget* lets retries through only while they are rare:
- **Token bucket** (the AWS SDK's standard mode): 500 tokens; a retry costs 5, a success gives 1 back. During an outage the bucket empties after about 100 retries and further retries are refused until successes refill it.
- **Ratio** (Finagle, Envoy): retries may add at most 10 % to the requests of the last seconds.

Press **Play** with no budget, then try each budget. Click \`users\` to watch *Attempts per request* and how many retries the budget refused.

**Takeaway:** a budget caps the storm during an outage and costs nothing in normal times — the transient errors are still retried.`,
  scenario: budgets,
  knobs: [
    { id: 'none', label: 'No budget', sets: [{ path: BUDGET, value: undefined }] },
    { id: 'token-bucket', label: 'Token bucket', sets: [{ path: BUDGET, value: { kind: 'token-bucket' } }] },
    { id: 'ratio', label: 'Ratio 10 %', sets: [{ path: BUDGET, value: { kind: 'ratio', percent: 10, minPerSec: 5 } }] },
  ],
  goals: [
    {
      id: 'token-bucket',
      text: 'Token bucket: by 30 s, at most 1.2 attempts per request, and transient errors still retried',
      check: { kind: 'flow', when: [{ path: `${BUDGET}.kind`, equals: 'token-bucket' }], whenHint: 'Press “Token bucket”.', afterMs: 30_000, latch: true,
        all: [{ metric: 'site:users->api:amplification', op: '<=', value: 1.2, label: 'attempts per request' },
          { metric: 'site:users->api:retriesDenied', op: '>=', value: 1, label: 'retries refused' },
          { metric: 'recent-failed', op: '<=', value: 0.005, label: 'failed share, last 5 s' }] },
    },
    {
      id: 'ratio',
      text: 'Ratio budget: the same, with retries capped at 10 % of requests',
      check: { kind: 'flow', when: [{ path: `${BUDGET}.kind`, equals: 'ratio' }], whenHint: 'Press “Ratio 10 %”.', afterMs: 30_000, latch: true,
        all: [{ metric: 'site:users->api:amplification', op: '<=', value: 1.2, label: 'attempts per request' },
          { metric: 'site:users->api:retriesDenied', op: '>=', value: 1, label: 'retries refused' },
          { metric: 'recent-failed', op: '<=', value: 0.005, label: 'failed share, last 5 s' }] },
    },
  ],
};

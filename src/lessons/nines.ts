// Lesson 0 of the course: why systems fail, and how availability is counted in "nines".
// One server, no balancer: the learner crashes it, brings it back, and reads the cost.
import type { Lesson, ScenarioJson } from './types';

const scenario: ScenarioJson = {
  format: 'resilience-playground/scenario@1',
  title: 'One server, nothing behind it',
  seed: 3,
  durationMs: 180_000,
  network: { latencyMs: 2 },
  nodes: [
    // 50 requests a second: a small shop's API; enough dots to see the stream stop.
    { id: 'users', kind: 'client', target: 's1', arrivals: { process: 'poisson', ratePerSec: 50 }, timeoutMs: 2000 },
    { id: 's1', kind: 'server', concurrency: 4, queueLimit: 50, serviceTime: { dist: 'exponential', meanMs: 40 } },
  ],
  faults: [],
};

export const nines: Lesson = {
  id: 'nines',
  title: 'Why systems fail, and what “nines” mean',
  text: `Every machine fails sooner or later: a disk wears out, a kernel panics, a deploy ships a bug, someone trips over a cable. Nobody builds a server that never stops. What we can build is a *service* that keeps answering while parts of it are broken — the rest of this course is about how.

First we need a way to count. **Availability** is the share of requests that succeeded: ok ÷ (ok + failed). People quote it in *nines*: 99 % is two nines, 99.9 % three, 99.99 % four.

Each nine costs ten times less downtime, and is far harder to reach:
- 99 % allows about 3.7 days of outage a year
- 99.9 % about 8.8 hours
- 99.99 % about 53 minutes
- 99.999 % about 5 minutes — less than one slow reboot

Here **users** send about 50 requests a second straight to one server, \`s1\`. There is no spare: when \`s1\` stops, everything stops.

**Takeaway:** failures are normal, not exceptional. Measure availability as a share of requests, and remember that a few seconds of outage already cost you nines.`,
  scenario,
  goals: [
    {
      id: 'outage-recovered',
      text: 'Crash s1, revive it, and run to 1:00',
      check: { kind: 'outage-recovered', nodeKind: 'server', untilMs: 60_000 },
    },
  ],
  steps: [
    {
      kind: 'scene', id: 'scene',
      text: 'Press **Play** and watch requests (light blue) go to `s1` and answers (dark blue) come back. Availability in the totals bar stays at 100 %: nothing has failed yet.',
    },
    {
      kind: 'predict', id: 'predict-outage', metric: 'availability',
      question: 'You will crash s1 for about six seconds, bring it back, and let the run reach one minute. What availability will it show then?',
      choices: [
        { id: 'three-nines', text: '99.9 % or better — a few seconds hardly count', min: 0.999 },
        { id: 'two-nines', text: 'Between 95 % and 99.9 %', min: 0.95, max: 0.999 },
        { id: 'one-nine', text: 'Below 95 % — about one request in ten fails', max: 0.95 },
      ],
    },
    {
      kind: 'run', id: 'run-outage', until: { simMs: 60_000 },
      text: 'Press **Play**. Click `s1` (or press **1** with the focus on the page), press **Kill s1**, wait about six simulated seconds, then **Revive s1**. Let it run on to 1:00 (raise the speed if you like).',
    },
    {
      kind: 'reveal', id: 'reveal-outage', predict: 'predict-outage',
      text: 'Six seconds out of sixty is a tenth of the time, so about a tenth of the requests failed: roughly one nine. Look at the totals bar: the downtime-per-year figure is what this minute would cost if it were typical.',
    },
    { kind: 'check', id: 'check-outage', goal: 'outage-recovered' },
  ],
};

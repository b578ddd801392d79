// Issue 3, lesson 2: health checks trade detection speed against false alarms; and under a load
// spike the checks themselves can pull healthy servers and collapse the rest.
import threeServers from '../../examples/three-servers.json';
import type { Lesson, ScenarioJson } from './types';

// Long-tailed service times (median 30 ms, p99 400 ms): a probe stuck behind a slow request
// sometimes waits, which is what makes over-eager checks flap.
const tail = { dist: 'lognormal', medianMs: 30, p99Ms: 400 };
const server = { kind: 'server', concurrency: 4, queueLimit: 50, serviceTime: tail };

const detect: ScenarioJson = {
  ...threeServers,
  title: 'Three servers; HAProxy-style checks',
  faults: [],
  nodes: [
    threeServers.nodes[0],
    { id: 'lb', kind: 'balancer', targets: ['s1', 's2', 's3'], healthCheck: { preset: 'haproxy', timeoutMs: 1000 } },
    { id: 's1', ...server }, { id: 's2', ...server }, { id: 's3', ...server },
  ],
};

// Near capacity (about 90 % busy), with a 250 ms probe timeout and fall 2: a burst of queueing
// fails two probes in a row, a healthy server is pulled, its traffic overloads the others, and
// their probes time out too.
const spike: ScenarioJson = {
  ...detect,
  title: 'A traffic spike meets tight health checks',
  nodes: [
    { id: 'users', kind: 'client', target: 'lb', timeoutMs: 2000, arrivals: { process: 'poisson', ratePerSec: 300 } },
    { id: 'lb', kind: 'balancer', targets: ['s1', 's2', 's3'], healthCheck: { intervalMs: 1000, timeoutMs: 250, rise: 2, fall: 2 } },
    { id: 's1', ...server, serviceTime: { dist: 'exponential', meanMs: 36 } },
    { id: 's2', ...server, serviceTime: { dist: 'exponential', meanMs: 36 } },
    { id: 's3', ...server, serviceTime: { dist: 'exponential', meanMs: 36 } },
  ],
};

export const healthChecks: Lesson = {
  id: 'health-checks',
  title: 'Health checks: fast, but not jumpy',
  text: `A balancer cannot see a server die. It finds out by asking: every *interval* it sends a small check (grey dots). No answer within the *timeout* is a failed check; after *fall* failures in a row the server leaves rotation, after *rise* passes it comes back. The label on each link shows the count, e.g. “2/3 checks failed”.

- Press **Play**, kill **s2**, and read the timeline under the chart: the moment s2 died, the moment it left rotation. With HAProxy's defaults (every 2 s, fall 3) that gap is several seconds of failed requests.
- Click **lb**, make the checks faster (shorter interval, lower fall), **Reset** and try again. Push it too far (a timeout of 50 ms, fall 1) and a merely slow answer pulls a healthy server: that is *flapping*.

Then switch to **Traffic spike**. The servers are about 90 % busy and the probe timeout is tight. Probes wait in the same queue as real work, so a burst makes them late; a healthy server is pulled, the others get its share, their probes are late too…

**Takeaway:** detection time ≈ fall × interval + timeout. Make it short, but give probes enough time that a busy server is not mistaken for a dead one — or the checks themselves take the service down.`,
  scenario: detect,
  variants: [{ id: 'spike', label: 'Traffic spike', scenario: spike }],
  goals: [
    {
      id: 'fast-detection',
      text: 'Take a dead server out of rotation within 2 s, without pulling a live one',
      check: { kind: 'detection', maxDelayMs: 2000, variant: '' },
    },
    {
      id: 'checks-cascade',
      text: 'Traffic spike: see the checks pull two servers nobody killed',
      check: { kind: 'pulled-while-alive', minTargets: 2, variant: 'spike' },
    },
  ],
};

// Lesson 1: one server is a single point of failure; three behind a health-checking balancer are not.
import threeServers from '../../examples/three-servers.json';
import type { Lesson, ScenarioJson } from './types';

// The example kills s2 on a schedule; here the learner does the killing, so the faults go.
const scenario: ScenarioJson = {
  ...threeServers,
  title: 'Three servers behind one balancer',
  faults: [],
};

export const redundancy: Lesson = {
  id: 'redundancy',
  title: 'Redundancy: kill a server',
  text: `If your whole service runs on **one server**, that server is a *single point of failure*: the day it crashes, every request fails until someone restarts it.

Here **users** send about 120 requests a second to a **balancer** (\`lb\`), which spreads them over three servers in turn (round-robin). Each server has 4 worker slots and a queue.

The balancer also sends each server a small *health check* every 2 seconds. After 3 failed checks in a row it takes the server out of rotation; after 2 good ones it puts it back. Grey dots on the links are those checks.

Try this:
- Press **Play** and watch the blue dots: requests going right, answers coming back.
- Click **s2**, then **Kill s2**. Requests it was holding fail (orange); the balancer retries new connections on another server, and soon stops sending to s2 at all.
- Keep watching availability, then **Revive s2** and see it rejoin after two good checks.

**Takeaway:** one server is a single point of failure; several behind a balancer that checks their health turn a crash into a blip.`,
  scenario,
  goals: [
    {
      id: 'survive-kill',
      text: 'Kill one server; keep availability above 99 %',
      check: { kind: 'survive-kill', nodeKind: 'server', holdMs: 10_000, minAvailability: 0.99 },
    },
  ],
  // The scene comes first and leaves Play free, so the page opens ready to run as before.
  steps: [
    { kind: 'scene', id: 'scene', text: 'Press **Play** and watch the balancer spread requests over `s1`, `s2` and `s3`.' },
    {
      kind: 'predict', id: 'predict-kill', metric: 'availability',
      question: 'You will kill s2 and watch for 10 seconds. What will availability be then?',
      choices: [
        { id: 'routed-around', text: 'Above 99 % — the balancer routes around s2', min: 0.99 },
        { id: 'some-loss', text: 'Between 90 % and 99 %', min: 0.9, max: 0.99 },
        { id: 'third-lost', text: 'Below 90 % — a third of the traffic still goes to s2', max: 0.9 },
      ],
    },
    { kind: 'run', id: 'run-kill', until: { action: 'kill', nodeKind: 'server', holdMs: 10_000 },
      text: 'Press **Play**, select `s2` and press **Kill s2**. Keep watching for 10 simulated seconds.' },
    { kind: 'reveal', id: 'reveal-kill', predict: 'predict-kill',
      text: 'Only the requests s2 held when it died failed; new connections to a dead server are refused at once and the balancer tries the next one, and after three failed checks s2 leaves rotation.' },
    { kind: 'check', id: 'check-kill', goal: 'survive-kill' },
  ],
};

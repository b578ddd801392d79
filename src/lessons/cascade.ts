// Issue 4, lesson 1: a hung database fills every worker slot of the API servers, and /profile —
// which never touches the database — stops answering too.
import cascadeExample from '../../examples/cascade.json';
import type { Lesson, ScenarioJson } from './types';

const scenario: ScenarioJson = cascadeExample;

export const cascade: Lesson = {
  id: 'cascade',
  title: 'The cascade',
  text: `Users call two endpoints equally often. **/search** asks the database; **/profile** is answered by the API server alone. Each API server has 16 worker slots, and a request holds its slot while it waits for the database (up to a 5 s timeout).

At 30 s the database **hangs**: it accepts queries and never answers. It comes back at 90 s.

**Predict first:** what happens to **/profile** during the hang? It never touches the database…

- Press **Play** (speed 10× is fine) and watch the *busy* gauges of api1 and api2, then the queues, then the failed line in the chart.

Every /search request now holds a slot for 5 s. Within a second all 16 slots of each server are waiting on the database, and /profile requests queue behind them until they time out or are shed: the failure has *cascaded* to an endpoint that has nothing to do with it.

**Takeaway:** a slow dependency is worse than a dead one. Without a limit on how long and how many calls may wait, it takes every shared resource with it.`,
  scenario,
  goals: [
    {
      id: 'profile-collapses',
      text: '/profile availability falls below 80 % during the hang',
      check: { kind: 'route-availability', route: '/profile', afterMs: 60_000, max: 0.8 },
    },
  ],
};

// Issue 4, lesson 2: a circuit breaker around the database call opens, fails fast, probes in
// half-open and closes when the database is back; /profile stays healthy throughout.
import withBreaker from '../../examples/cascade-with-breaker.json';
import type { Lesson, ScenarioJson } from './types';

const scenario: ScenarioJson = withBreaker;

export const failFast: Lesson = {
  id: 'fail-fast',
  title: 'Fail fast with a circuit breaker',
  text: `The same outage as before, with two changes on each API server's call to the database: a **500 ms timeout**, and a **circuit breaker** around the call (drawn as a switch on the link).

The breaker counts failures over the last 5 s. When half of the calls fail it **opens**: for the next 10 s every /search call is *rejected* at once (orange dots bouncing back at the switch) instead of holding a worker slot. Then it goes **half-open** and lets one trial call through: if it fails, open again; if it succeeds, **closed**.

- Press **Play** and watch the switches and the breaker band under the chart.
- Compare the busy gauges with the last lesson: the slots stay free, so **/profile** keeps answering.
- After 90 s the database is back; the next trial call succeeds and the breakers close.

**Takeaway:** a breaker does not save the failing call — /search still fails — but it fails *fast*, which protects everything else, and it finds out on its own when the dependency has recovered.`,
  scenario,
  goals: [
    {
      id: 'breaker-cycle',
      text: 'The breaker opens during the hang and closes again after it',
      check: { kind: 'breaker-path', breaker: 'api1->db', states: ['open', 'half-open', 'closed'] },
    },
    {
      id: 'profile-healthy',
      text: '/profile stays above 99 % through the outage',
      check: { kind: 'route-availability', route: '/profile', afterMs: 100_000, min: 0.99 },
    },
  ],
};

// Issue 4, lesson 3: the same outage under the five breaker presets side by side (the lesson's
// widget runs each one headless, see components/lesson/PresetTable.tsx).
import withBreaker from '../../examples/cascade-with-breaker.json';
import type { Lesson, ScenarioJson } from './types';

export const BREAKER_PRESETS = ['article', 'opossum', 'resilience4j', 'polly', 'hystrix'] as const;
/** Where the two API servers' database breakers sit in this lesson's scenario. */
export const BREAKER_PATHS = ['nodes[2].routes["/search"].calls[0].breaker', 'nodes[3].routes["/search"].calls[0].breaker'];

type Node = { id: string; routes?: Record<string, { calls: Record<string, unknown>[] }> };

/** The cascade with each database call's breaker set to nothing but `preset`. */
export function withPreset(preset: string): ScenarioJson {
  const nodes = (withBreaker.nodes as Node[]).map((n) => n.routes?.['/search']
    ? { ...n, routes: { '/search': { calls: n.routes['/search'].calls.map((c) => ({ ...c, breaker: { preset } })) } } }
    : n);
  return { ...withBreaker, title: `The cascade with ${preset} breakers`, nodes };
}

export const breakerPresets: Lesson = {
  id: 'breaker-presets',
  title: 'Tuning a breaker: five presets',
  text: `Breaker libraries agree on the idea and disagree on every number: how many calls to look at, what rate of failures opens the circuit, how long it stays open, how many trial calls half-open lets through.

The table runs the same outage (database hung from 30 s to 90 s) once per preset. Read it before you play:
- **opens at** — how fast it noticed;
- **rejected** — calls failed fast instead of waiting;
- **closed after 90 s** — the database came back at 90 s; the time until the breaker closed is recovery lost.

Then click **api1**, pick a preset under *Breaker*, and watch the switch. Try **article**: the classic hand-written breaker. Its half-open state lets *every* waiting call through at once, not one trial — against a database that is still struggling, that is a flood.

**Takeaway:** a short open time recovers fast but probes a sick dependency often; a long one protects it and stays closed-off after it heals. Choose per dependency, and limit half-open trials.`,
  scenario: withPreset('opossum'),
  widget: 'breaker-presets',
  goals: [
    {
      id: 'article-half-open',
      text: 'Switch api1 to the article preset and watch it reach half-open',
      check: { kind: 'breaker-path', breaker: 'api1->db', states: ['open', 'half-open'],
        requires: { path: `${BREAKER_PATHS[0]}.preset`, equals: 'article', hint: 'Click api1 and choose the article preset.' } },
    },
  ],
};

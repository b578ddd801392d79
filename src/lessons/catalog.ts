// Everything the scenario picker can load: lessons, the supported examples, and imported files.
import threeServers from '../../examples/three-servers.json';
import mm1 from '../../examples/mm1.json';
import balancerSpof from '../../examples/balancer-spof.json';
import cascade from '../../examples/cascade.json';
import cascadeWithBreaker from '../../examples/cascade-with-breaker.json';
import thunderingHerd from '../../examples/thundering-herd.json';
import contention from '../../examples/contention.json';
import type { Lesson, ScenarioJson } from './types';
import { redundancy } from './redundancy';

export const LESSONS: readonly Lesson[] = [redundancy];

export type Example = { id: string; title: string; scenario: ScenarioJson };

// Only examples the engine builds today; registration (job queues and workers) arrives with
// a later issue and would only show a list of "not supported yet".
export const EXAMPLES: readonly Example[] = [
  { id: 'three-servers', title: 'Three servers: s2 dies at 20 s, back at 60 s', scenario: threeServers },
  { id: 'mm1', title: 'One server queue (M/M/1) at 80 % load', scenario: mm1 },
  { id: 'balancer-spof', title: 'Two balancers, one floating address: lb1 dies', scenario: balancerSpof },
  { id: 'cascade', title: 'A hung database drags the API down', scenario: cascade },
  { id: 'cascade-with-breaker', title: 'The same outage, with a circuit breaker', scenario: cascadeWithBreaker },
  { id: 'thundering-herd', title: 'Thundering herd: 300 clients retry at once', scenario: thunderingHerd },
  { id: 'contention', title: '100 clients race to write one row', scenario: contention },
];

export type Source =
  | { kind: 'lesson'; id: string }
  | { kind: 'example'; id: string }
  | { kind: 'file'; name: string; scenario: unknown; problems?: string[] };

export const findLesson = (id: string) => LESSONS.find((l) => l.id === id);

/** The scenario JSON a source names, or the problems to show instead. */
export function scenarioOf(source: Source): { scenario: unknown } | { problems: string[] } {
  switch (source.kind) {
    case 'lesson': {
      const lesson = findLesson(source.id);
      return lesson ? { scenario: lesson.scenario }
        : { problems: [`lesson: no lesson "${source.id}"; there is ${LESSONS.map((l) => `"${l.id}"`).join(', ')}`] };
    }
    case 'example': {
      const ex = EXAMPLES.find((e) => e.id === source.id);
      return ex ? { scenario: ex.scenario }
        : { problems: [`scenario: no example "${source.id}"; choose one of ${EXAMPLES.map((e) => `"${e.id}"`).join(', ')}`] };
    }
    case 'file':
      return source.problems?.length ? { problems: source.problems } : { scenario: source.scenario };
  }
}

/** A stable key for the picker's <select>. */
export const sourceKey = (s: Source) => (s.kind === 'file' ? `file:${s.name}` : `${s.kind}:${s.id}`);

// Everything the scenario picker can load: lessons, the supported examples, and imported files.
import threeServers from '../../examples/three-servers.json';
import mm1 from '../../examples/mm1.json';
import balancerSpof from '../../examples/balancer-spof.json';
import cascade from '../../examples/cascade.json';
import cascadeWithBreaker from '../../examples/cascade-with-breaker.json';
import thunderingHerd from '../../examples/thundering-herd.json';
import contention from '../../examples/contention.json';
import registration from '../../examples/registration.json';
import type { Lesson, ScenarioJson } from './types';
import { redundancy } from './redundancy';
import { nines } from './nines';
import { noSinglePoint } from './noSinglePoint';
import { healthChecks } from './healthChecks';
import { strategies } from './strategies';
import { activePassive } from './activePassive';
import { cascade as cascadeLesson } from './cascade';
import { failFast } from './failFast';
import { breakerPresets } from './breakerPresets';
import { retryStorm } from './retryStorm';
import { backoffJitter } from './backoffJitter';
import { retryBudgets } from './retryBudgets';
import { asyncWork } from './asyncWork';
import { idempotency } from './idempotency';
import { deadLetters } from './deadLetters';
import { scalingWorkers } from './scalingWorkers';

export const LESSONS: readonly Lesson[] = [nines, redundancy,
  noSinglePoint, healthChecks, strategies, activePassive,
  cascadeLesson, failFast, breakerPresets,
  retryStorm, backoffJitter, retryBudgets,
  asyncWork, idempotency, deadLetters, scalingWorkers];

export type Example = { id: string; title: string; scenario: ScenarioJson };

export const EXAMPLES: readonly Example[] = [
  { id: 'three-servers', title: 'Three servers: s2 dies at 20 s, back at 60 s', scenario: threeServers },
  { id: 'mm1', title: 'One server queue (M/M/1) at 80 % load', scenario: mm1 },
  { id: 'balancer-spof', title: 'Two balancers, one floating address: lb1 dies', scenario: balancerSpof },
  { id: 'cascade', title: 'A hung database drags the API down', scenario: cascade },
  { id: 'cascade-with-breaker', title: 'The same outage, with a circuit breaker', scenario: cascadeWithBreaker },
  { id: 'thundering-herd', title: 'Thundering herd: 300 clients retry at once', scenario: thunderingHerd },
  { id: 'contention', title: '100 clients race to write one row', scenario: contention },
  { id: 'registration', title: 'Registration: welcome emails on a queue; the provider fails at 40 s', scenario: registration },
];

export type Source =
  /** `variant`: one of the lesson's other scenarios (absent: its own). */
  | { kind: 'lesson'; id: string; variant?: string }
  | { kind: 'example'; id: string }
  | { kind: 'file'; name: string; scenario: unknown; problems?: string[] };

export const findLesson = (id: string) => LESSONS.find((l) => l.id === id);

/** The scenario JSON a source names, or the problems to show instead. */
export function scenarioOf(source: Source): { scenario: unknown } | { problems: string[] } {
  switch (source.kind) {
    case 'lesson': {
      const lesson = findLesson(source.id);
      if (lesson && source.variant) {
        const v = lesson.variants?.find((x) => x.id === source.variant);
        return v ? { scenario: v.scenario } : { problems: [`lesson: "${lesson.id}" has no setup "${source.variant}"`] };
      }
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

import { describe, expect, it } from 'vitest';
import type { LiveSnapshot } from '../engine/api';
import type { TopologyNode } from '../worker/protocol';
import { courseOrder, COURSE_ORDER } from './course';
import { LESSONS } from './catalog';
import { reveal, runProgress } from './steps';
import { nines } from './nines';
import { redundancy } from './redundancy';
import type { Lesson, LessonStep } from './types';

function snap(simMs: number, ok: number, failed: number): LiveSnapshot {
  const ratio = ok / (ok + failed);
  return {
    simMs, events: 0, nodes: [], clients: [],
    totals: { requests: ok + failed, ok, failed, inFlight: 0 },
    availability: { ratio, nines: null, downtimePerYearHours: 0 },
    chart: { bucketMs: 1000, points: [] },
    series: {}, fine: { bucketMs: 100, startMs: 0, arrivals: {} }, breakers: {}, callSites: {}, queues: {}, singlePointsOfFailure: [],
  };
}
const topology: TopologyNode[] = [{ id: 's1', kind: 'server', targets: [], concurrency: 4 }];
const predictStep = nines.steps!.find((s) => s.kind === 'predict') as Extract<LessonStep, { kind: 'predict' }>;

describe('reveal', () => {
  it('says right or wrong with the numbers of the run', () => {
    const s = snap(60_000, 2700, 300); // 90 %
    const right = reveal(predictStep, 'one-nine', s);
    expect(right.right).toBe(true);
    expect(right.sentence).toBe('You predicted “Below 95 % — about one request in ten fails”. The run measured availability 90.00 % (2,700 ok, 300 failed at 60.0 s).');
    const wrong = reveal(predictStep, 'three-nines', s);
    expect(wrong.right).toBe(false);
    expect(wrong.actual?.id).toBe('one-nine');
    expect(reveal(predictStep, undefined, s).right).toBeNull();
    expect(reveal(predictStep, 'one-nine', null).sentence).toBe('No numbers yet: run the simulation first.');
  });

  it('uses inclusive lower and exclusive upper bounds', () => {
    expect(reveal(predictStep, 'three-nines', snap(1000, 999, 1)).right).toBe(true); // exactly 99.9 %
    expect(reveal(predictStep, 'two-nines', snap(1000, 95, 5)).right).toBe(true); // exactly 95 %
  });
});

describe('runProgress', () => {
  it('waits for a time', () => {
    expect(runProgress({ simMs: 60_000 }, { snapshot: snap(59_900, 1, 0), commandLog: [], topology })).toEqual({ done: false, detail: '59.9 s of 60.0 s.' });
    expect(runProgress({ simMs: 60_000 }, { snapshot: snap(60_000, 1, 0), commandLog: [], topology }).done).toBe(true);
  });
  it('waits for a kill of the right kind, then for the hold', () => {
    const until = { action: 'kill', nodeKind: 'server', holdMs: 10_000 } as const;
    expect(runProgress(until, { snapshot: snap(5000, 1, 0), commandLog: [], topology }).detail).toBe('Waiting for you to kill a server.');
    const log = [{ atMs: 5000, target: 's1', action: 'kill' as const }];
    expect(runProgress(until, { snapshot: snap(14_000, 1, 0), commandLog: log, topology })).toEqual({ done: false, detail: 's1 at 5.0 s: 9.0 s of 10.0 s watched.' });
    expect(runProgress(until, { snapshot: snap(15_000, 1, 0), commandLog: log, topology }).done).toBe(true);
  });
});

describe('lessons with steps', () => {
  it('every reveal names a predict step, every check a goal of its lesson, and ranges cover 0..1 without gaps', () => {
    for (const lesson of [nines, redundancy]) {
      const steps = lesson.steps!;
      for (const s of steps) {
        if (s.kind === 'reveal') expect(steps.find((p) => p.id === s.predict)?.kind).toBe('predict');
        if (s.kind === 'check') expect(lesson.goals.map((g) => g.id)).toContain(s.goal);
        if (s.kind === 'predict') {
          for (const v of [0, 0.5, 0.9, 0.95, 0.99, 0.999, 1]) expect(s.choices.filter((c) => (c.min ?? -1) <= v && v < (c.max ?? 2))).toHaveLength(1);
        }
      }
      expect(lesson.text.trim().split('\n').at(-1)).toMatch(/^\*\*Takeaway:\*\*/);
    }
  });
});

describe('course order', () => {
  const fake = (id: string) => ({ id }) as Lesson;
  it('orders known ids and lists unknown lessons after them in catalog order', () => {
    const got = courseOrder([fake('zeta'), fake('redundancy'), fake('alpha'), fake('nines')]).map((l) => l.id);
    expect(got).toEqual(['nines', 'redundancy', 'zeta', 'alpha']);
  });
  it('starts the real course with the nines', () => {
    expect(courseOrder(LESSONS)[0].id).toBe('nines');
    expect(courseOrder(LESSONS)).toHaveLength(LESSONS.length);
    expect(COURSE_ORDER.indexOf('redundancy')).toBe(1);
  });
});

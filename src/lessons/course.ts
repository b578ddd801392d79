// The course order, by lesson id. Lessons registered in the catalog but missing here still show,
// after the ordered ones, so a new lesson appears in the index the moment it is registered.
import type { Lesson } from './types';

// Why things fail → redundancy and checks → balancing → no single point → breakers → retries →
// background jobs → idempotency and dead letters. Unknown ids are skipped.
export const COURSE_ORDER: readonly string[] = [
  'nines',
  'redundancy', 'health-checks',
  'strategies',
  'no-single-point', 'active-passive',
  'cascade', 'fail-fast', 'breaker-presets',
  'retry-storm', 'backoff-jitter', 'retry-budgets',
  'async-work', 'scaling-workers',
  'idempotency', 'dead-letters',
];

/** Lessons in course order, then any others in catalog order. */
export function courseOrder(lessons: readonly Lesson[], order: readonly string[] = COURSE_ORDER): Lesson[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const known = lessons.filter((l) => rank.has(l.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...known, ...lessons.filter((l) => !rank.has(l.id))];
}

/** The lesson after `id` in the course, if any. */
export function nextLesson(lessons: readonly Lesson[], id: string): Lesson | undefined {
  const ordered = courseOrder(lessons);
  const i = ordered.findIndex((l) => l.id === id);
  return i >= 0 ? ordered[i + 1] : undefined;
}

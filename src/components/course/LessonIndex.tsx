// The course: every registered lesson in course order (lessons/course.ts), with a tick for each
// lesson whose goals are done. Lessons other engineers register appear here by themselves.
import { useStore } from 'zustand';
import '../../styles/course.css';
import { LESSONS } from '../../lessons/catalog';
import { courseOrder } from '../../lessons/course';
import { progressStore } from '../../lessons/progressStore';
import type { Lesson } from '../../lessons/types';
import type { Progress } from '../../lessons/progress';
import { useApp, useRuntime } from '../RuntimeContext';

export const lessonDone = (lesson: Lesson, progress: Progress) => {
  const done = progress.lessons[lesson.id]?.done ?? [];
  return lesson.goals.length > 0 && lesson.goals.every((g) => done.includes(g.id));
};

export function LessonIndex() {
  const { session } = useRuntime();
  const current = useApp((s) => (s.source.kind === 'lesson' ? s.source.id : null));
  const progress = useStore(progressStore, (s) => s.progress);
  const lessons = courseOrder(LESSONS);
  const doneCount = lessons.filter((l) => lessonDone(l, progress)).length;
  return (
    <details className="course" open={current === null ? true : undefined}>
      <summary>Course · {doneCount} of {lessons.length} lessons done</summary>
      <nav aria-label="Course">
        <ol>
          {lessons.map((l) => {
            const done = lessonDone(l, progress);
            return (
              <li key={l.id}>
                <button type="button" className="course-item" aria-current={l.id === current ? 'page' : undefined}
                  data-lesson={l.id} onClick={() => void session.load({ kind: 'lesson', id: l.id })}>
                  <span className="course-mark" aria-hidden="true">{done ? '✓' : ''}</span>
                  {l.title}{done && <span className="sr-only"> (done)</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
    </details>
  );
}

/** "Lesson 3" in course order. */
export const courseNumber = (id: string) => courseOrder(LESSONS).findIndex((l) => l.id === id) + 1;

// The progress of one lesson, from the persisted progress store, with the changes the step
// view makes. A thin React binding over lessons/progressStore.ts.
import { useCallback } from 'react';
import { useStore } from 'zustand';
import { progressStore } from '../../lessons/progressStore';
import { emptyLesson, type LessonProgress } from '../../lessons/progress';

const EMPTY = emptyLesson();

export function useLessonProgress(lessonId: string) {
  const progress = useStore(progressStore, (s) => s.progress.lessons[lessonId]) ?? EMPTY;
  const update = useCallback((change: (l: LessonProgress) => LessonProgress) =>
    progressStore.getState().update(lessonId, change), [lessonId]);
  const clear = useCallback(() => progressStore.getState().clear(lessonId), [lessonId]);
  return { progress, update, clear };
}

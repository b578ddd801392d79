// The progress of the course as a small vanilla store of its own (not a slice of the app
// store): it outlives loads and resets, and it saves itself to localStorage on every change.
import { createStore } from 'zustand';
import { lessonOf, loadProgress, saveProgress, updateLesson, type LessonProgress, type Progress } from './progress';

export type ProgressState = {
  progress: Progress;
  update(lessonId: string, change: (l: LessonProgress) => LessonProgress): void;
  clear(lessonId: string): void;
};

const storage = typeof localStorage === 'undefined' ? undefined : localStorage;

export const progressStore = createStore<ProgressState>()((set, get) => ({
  progress: loadProgress(storage),
  update(lessonId, change) {
    const before = lessonOf(get().progress, lessonId);
    // Unchanged (e.g. marking done what is done): no save, no re-render, no effect loops.
    if (change(before) === before && get().progress.lessons[lessonId]) return;
    const next = updateLesson(get().progress, lessonId, change);
    saveProgress(storage, next);
    set({ progress: next });
  },
  clear(lessonId) {
    const lessons = { ...get().progress.lessons };
    delete lessons[lessonId];
    const next = { ...get().progress, lessons };
    saveProgress(storage, next);
    set({ progress: next });
  },
}));

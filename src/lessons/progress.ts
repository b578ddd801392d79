// Course progress, kept in localStorage so a reload (or tomorrow) continues where the learner
// stopped: the step each lesson is on, the predictions made, and the steps and goals done.
// The parsing is pure and defensive: storage is user-controlled and may hold anything.

export const PROGRESS_KEY = 'resilience-playground/progress@1';

export type LessonProgress = {
  /** Index of the step on screen. */
  step: number;
  /** Predict step id → chosen choice id. */
  predictions: Record<string, string>;
  /** Ids of steps and goals completed. */
  done: string[];
  /** Reveal step id → what the run showed when its run step finished (kept, since a reload restarts the run). */
  revealed: Record<string, Revealed>;
};

export type Revealed = { right: boolean | null; sentence: string };

export type Progress = { v: 1; lessons: Record<string, LessonProgress> };

export const emptyProgress = (): Progress => ({ v: 1, lessons: {} });
export const emptyLesson = (): LessonProgress => ({ step: 0, predictions: {}, done: [], revealed: {} });

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseLesson(x: unknown): LessonProgress | null {
  if (!isRecord(x)) return null;
  const step = Number.isInteger(x.step) && (x.step as number) >= 0 ? (x.step as number) : 0;
  const predictions: Record<string, string> = {};
  if (isRecord(x.predictions)) {
    for (const [k, v] of Object.entries(x.predictions)) if (typeof v === 'string') predictions[k] = v;
  }
  const done = Array.isArray(x.done) ? x.done.filter((d): d is string => typeof d === 'string') : [];
  const revealed: Record<string, Revealed> = {};
  if (isRecord(x.revealed)) {
    for (const [k, v] of Object.entries(x.revealed)) {
      if (isRecord(v) && typeof v.sentence === 'string' && (v.right === null || typeof v.right === 'boolean')) {
        revealed[k] = { right: v.right, sentence: v.sentence };
      }
    }
  }
  return { step, predictions, done, revealed };
}

/** Parses stored progress; anything unreadable becomes empty progress, never an exception. */
export function parseProgress(text: string | null): Progress {
  if (!text) return emptyProgress();
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return emptyProgress(); }
  if (!isRecord(raw) || raw.v !== 1 || !isRecord(raw.lessons)) return emptyProgress();
  const out = emptyProgress();
  for (const [id, l] of Object.entries(raw.lessons)) {
    const parsed = parseLesson(l);
    if (parsed) out.lessons[id] = parsed;
  }
  return out;
}

export function loadProgress(storage: KeyValue | undefined): Progress {
  try { return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null); } catch { return emptyProgress(); }
}

export function saveProgress(storage: KeyValue | undefined, progress: Progress): void {
  // Private mode or a full quota: progress just lasts for this visit.
  try { storage?.setItem(PROGRESS_KEY, JSON.stringify(progress)); } catch { /* ignore */ }
}

export const lessonOf = (p: Progress, id: string): LessonProgress => p.lessons[id] ?? emptyLesson();

/** Returns a new Progress with one lesson changed (immutable, so stores see the change). */
export function updateLesson(p: Progress, id: string, change: (l: LessonProgress) => LessonProgress): Progress {
  return { ...p, lessons: { ...p.lessons, [id]: change(lessonOf(p, id)) } };
}

export const markDone = (l: LessonProgress, doneId: string): LessonProgress =>
  l.done.includes(doneId) ? l : { ...l, done: [...l.done, doneId] };

export const predict = (l: LessonProgress, stepId: string, choiceId: string): LessonProgress =>
  ({ ...l, predictions: { ...l.predictions, [stepId]: choiceId } });

export const remember = (l: LessonProgress, stepId: string, r: Revealed): LessonProgress =>
  ({ ...l, revealed: { ...l.revealed, [stepId]: r } });

export const goToStep = (l: LessonProgress, step: number): LessonProgress => ({ ...l, step: Math.max(0, step) });

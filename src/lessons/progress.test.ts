import { describe, expect, it } from 'vitest';
import { emptyLesson, goToStep, loadProgress, markDone, parseProgress, predict, PROGRESS_KEY, remember, saveProgress, updateLesson } from './progress';

function memory(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) } as Storage;
}

describe('course progress', () => {
  it('round-trips step, predictions, done and reveals through storage', () => {
    const storage = memory();
    let p = loadProgress(storage);
    expect(p).toEqual({ v: 1, lessons: {} });
    p = updateLesson(p, 'nines', (l) => goToStep(markDone(predict(l, 'predict-outage', 'one-nine'), 'scene'), 2));
    p = updateLesson(p, 'nines', (l) => remember(l, 'reveal-outage', { right: true, sentence: 'You predicted it.' }));
    saveProgress(storage, p);
    expect(loadProgress(storage).lessons.nines).toEqual({
      step: 2, predictions: { 'predict-outage': 'one-nine' }, done: ['scene'],
      revealed: { 'reveal-outage': { right: true, sentence: 'You predicted it.' } },
    });
  });

  it('reads damaged or foreign data as empty progress, keeping what is valid', () => {
    expect(parseProgress('not json')).toEqual({ v: 1, lessons: {} });
    expect(parseProgress('{"v":2,"lessons":{}}')).toEqual({ v: 1, lessons: {} });
    expect(parseProgress('[1,2]')).toEqual({ v: 1, lessons: {} });
    const mixed = JSON.stringify({ v: 1, lessons: { a: { step: -3, predictions: { p: 4, q: 'x' }, done: ['s', 7] }, b: 'junk' } });
    expect(parseProgress(mixed)).toEqual({ v: 1, lessons: { a: { step: 0, predictions: { q: 'x' }, done: ['s'], revealed: {} } } });
  });

  it('survives storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(loadProgress(broken)).toEqual({ v: 1, lessons: {} });
    expect(() => saveProgress(broken, { v: 1, lessons: {} })).not.toThrow();
    expect(PROGRESS_KEY).toBe('resilience-playground/progress@1');
  });

  it('marking done twice returns the same object, so stores can skip the update', () => {
    const l = markDone(emptyLesson(), 'scene');
    expect(markDone(l, 'scene')).toBe(l);
    expect(goToStep(l, -1).step).toBe(0);
  });
});

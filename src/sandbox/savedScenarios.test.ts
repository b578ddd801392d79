import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, createSavedScenarios, STORAGE_KEY, type StorageLike } from './savedScenarios';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const s: StorageLike & { data: Map<string, string>; failWrites: boolean } = {
    data, failWrites: false,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => { if (s.failWrites) throw new Error('QuotaExceededError'); data.set(k, v); },
    removeItem: (k) => { data.delete(k); },
  };
  return s;
}

describe('saved scenarios', () => {
  it('saves, lists by name, replaces a name, and deletes', () => {
    let t = 100;
    const saved = createSavedScenarios(fakeStorage(), () => t++);
    saved.save('zeta', '{"a":1}');
    saved.save('alpha', '{not json yet');
    saved.save('zeta', '{"a":2}');
    expect(saved.list()).toEqual({ problem: null, items: [
      { name: 'alpha', text: '{not json yet', savedAtMs: 101 },
      { name: 'zeta', text: '{"a":2}', savedAtMs: 102 },
    ] });
    saved.remove('alpha');
    expect(saved.list().items.map((i) => i.name)).toEqual(['zeta']);
  });

  it('refuses an empty name', () => {
    expect(createSavedScenarios(fakeStorage()).save('  ', '{}')).toEqual({ ok: false, problem: 'Give the scenario a name first.' });
  });

  it('reads unparseable storage as an empty list with a message, and keeps the old data aside on the next save', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{"items": [tru' });
    const saved = createSavedScenarios(storage, () => 5);
    expect(saved.list().items).toEqual([]);
    expect(saved.list().problem).toMatch(/unreadable/);
    expect(saved.save('mine', '{}').ok).toBe(true);
    expect(storage.data.get(BACKUP_KEY)).toBe('{"items": [tru');
    expect(saved.list()).toEqual({ problem: null, items: [{ name: 'mine', text: '{}', savedAtMs: 5 }] });
  });

  it('keeps the readable entries of a partly corrupted list and says how many were left out', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: JSON.stringify({ version: 1, items: [
      { name: 'ok', text: '{}', savedAtMs: 1 }, { name: 3 }, null,
    ] }) });
    expect(createSavedScenarios(storage).list()).toEqual({
      items: [{ name: 'ok', text: '{}', savedAtMs: 1 }], problem: '2 saved scenarios were unreadable and left out.',
    });
  });

  it('treats a wrong shape as corrupted', () => {
    const saved = createSavedScenarios(fakeStorage({ [STORAGE_KEY]: '[1,2]' }));
    expect(saved.list().problem).toMatch(/unknown shape/);
  });

  it('answers a refused write with a problem instead of throwing', () => {
    const storage = fakeStorage();
    storage.failWrites = true;
    expect(createSavedScenarios(storage).save('x', '{}')).toEqual({ ok: false, problem: 'Could not save in this browser: QuotaExceededError' });
  });

  it('works without storage at all', () => {
    const saved = createSavedScenarios(null);
    expect(saved.list().items).toEqual([]);
    expect(saved.save('x', '{}').ok).toBe(false);
  });

  it('survives a storage whose reads throw', () => {
    const saved = createSavedScenarios({ getItem: () => { throw new Error('denied'); }, setItem: () => {}, removeItem: () => {} });
    expect(saved.list()).toEqual({ items: [], problem: 'Saved scenarios cannot be read: denied' });
  });
});

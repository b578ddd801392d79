// Named scenarios the learner keeps in this browser (localStorage). Storage is outside our
// control — another tab, an old version, a full quota or a privacy mode can leave it broken or
// refuse writes — so every operation answers with a result and a readable problem instead of
// throwing: a corrupted entry must never blank the page or lose the editor's text.

/** The subset of `Storage` used, so tests pass a Map-backed fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SavedScenario = { name: string; text: string; savedAtMs: number };

export const STORAGE_KEY = 'resilience-playground/saved-scenarios@1';
/** Where unreadable data is moved on the next save, so nothing is silently destroyed. */
export const BACKUP_KEY = `${STORAGE_KEY}:unreadable`;

export type ListResult = { items: SavedScenario[]; problem: string | null };
export type WriteResult = { ok: true; items: SavedScenario[] } | { ok: false; problem: string };

const isItem = (x: unknown): x is SavedScenario =>
  !!x && typeof x === 'object' && typeof (x as SavedScenario).name === 'string' &&
  typeof (x as SavedScenario).text === 'string' && typeof (x as SavedScenario).savedAtMs === 'number';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createSavedScenarios(storage: StorageLike | null, now: () => number = () => Date.now()) {
  function read(): ListResult & { corrupt: boolean } {
    if (!storage) return { items: [], problem: 'This browser does not let the page store scenarios.', corrupt: false };
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch (e) {
      return { items: [], problem: `Saved scenarios cannot be read: ${message(e)}`, corrupt: false };
    }
    if (raw === null) return { items: [], problem: null, corrupt: false };
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch {
      return { items: [], problem: 'The saved scenarios in this browser are unreadable; saving again starts a fresh list (the old data is kept aside).', corrupt: true };
    }
    const list = (doc as { items?: unknown })?.items;
    if (!Array.isArray(list)) {
      return { items: [], problem: 'The saved scenarios in this browser are in an unknown shape; saving again starts a fresh list (the old data is kept aside).', corrupt: true };
    }
    // Keep what is readable; name what was skipped.
    const items = list.filter(isItem);
    const skipped = list.length - items.length;
    return { items, problem: skipped ? `${skipped} saved scenario${skipped > 1 ? 's were' : ' was'} unreadable and left out.` : null, corrupt: skipped > 0 };
  }

  function write(items: SavedScenario[], corrupt: boolean): WriteResult {
    if (!storage) return { ok: false, problem: 'This browser does not let the page store scenarios.' };
    try {
      if (corrupt) {
        const old = storage.getItem(STORAGE_KEY);
        if (old !== null) storage.setItem(BACKUP_KEY, old);
      }
      storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items }));
      return { ok: true, items };
    } catch (e) {
      return { ok: false, problem: `Could not save in this browser: ${message(e)}` };
    }
  }

  return {
    list(): ListResult {
      const { items, problem } = read();
      return { items: [...items].sort((a, b) => a.name.localeCompare(b.name)), problem };
    },
    /** Saves (or replaces) `name`. The text is kept as typed, valid or not: it is the learner's work. */
    save(name: string, text: string): WriteResult {
      const trimmed = name.trim();
      if (!trimmed) return { ok: false, problem: 'Give the scenario a name first.' };
      const { items, corrupt } = read();
      const next = items.filter((i) => i.name !== trimmed);
      next.push({ name: trimmed, text, savedAtMs: now() });
      return write(next, corrupt);
    },
    remove(name: string): WriteResult {
      const { items, corrupt } = read();
      return write(items.filter((i) => i.name !== name), corrupt);
    },
  };
}

/** The browser's localStorage, or null where touching it throws (sandboxed iframes, some privacy modes). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// A server's warm per-client cache (sessions, a user's data in memory): least recently used
// eviction at `capacity`. A request whose client is not in it pays `missPenaltyMs` extra — so
// sticky routing pays off, and remapping clients to another server costs a wave of misses.
export type AffinityCache = { touch(key: number): boolean; clear(): void; readonly hits: number; readonly misses: number };

export function createAffinityCache(capacity: number): AffinityCache {
  const entries = new Map<number, true>(); // insertion order = recency order
  let hits = 0, misses = 0;
  return {
    /** Records a request from `key`; true when it was warm. */
    touch(key) {
      if (entries.delete(key)) {
        entries.set(key, true);
        hits++;
        return true;
      }
      misses++;
      entries.set(key, true);
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return false;
    },
    clear() { entries.clear(); },
    get hits() { return hits; },
    get misses() { return misses; },
  };
}

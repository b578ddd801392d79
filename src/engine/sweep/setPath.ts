// Setting one field of a scenario document by its path, as problems name them:
// `nodes[0].retry.jitter`, `network.latencyMs`. Missing objects on the way are created.
export type PathKey = string | number;

export function parsePath(path: string): PathKey[] | null {
  const keys: PathKey[] = [];
  const re = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["([^"]+)"\]|(\.)/gy;
  let m: RegExpExecArray | null;
  let expectKey = true;
  while (re.lastIndex < path.length && (m = re.exec(path))) {
    if (m[4]) { if (expectKey) return null; expectKey = true; continue; }
    if (m[1] !== undefined) { if (!expectKey) return null; keys.push(m[1]); expectKey = false; }
    else if (m[2] !== undefined) keys.push(Number(m[2])), (expectKey = false);
    else keys.push(m[3]), (expectKey = false);
  }
  return re.lastIndex === path.length && keys.length > 0 && !expectKey ? keys : null;
}

/** Returns a copy of `doc` with the value at `path` replaced; throws with a clear message on a bad path. */
export function setPath<T>(doc: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  if (!keys) throw new Error(`${path}: not a field path (write it like nodes[0].retry.baseMs)`);
  const copy = structuredClone(doc) as unknown;
  let at = copy as Record<PathKey, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // An index past the end of a list would leave holes that each read as a missing node.
    if (typeof key === 'number' && Array.isArray(at) && key > at.length)
      throw new Error(`${path}: ${keys.slice(0, i).join('.')} has ${at.length} entries (indices 0 to ${at.length - 1}); ${key} is past the end`);
    if (i === keys.length - 1) break;
    let next = at[key];
    if (next === undefined || next === null) next = at[key] = typeof keys[i + 1] === 'number' ? [] : {};
    if (typeof next !== 'object') throw new Error(`${path}: ${keys.slice(0, i + 1).join('.')} is not an object`);
    at = next as Record<PathKey, unknown>;
  }
  at[keys[keys.length - 1]] = value;
  return copy as T;
}

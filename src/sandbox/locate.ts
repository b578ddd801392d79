// Maps a problem line (`nodes[2].concurrency: must be …`) to where it is in the editor's JSON
// text, so clicking a problem puts the cursor on it. A tiny position-recording JSON scanner:
// JSON.parse gives no positions, and the text is already known to parse when the schema runs.

/** Offset of each value (and of its key, for object members) by formatted path: `nodes[2].concurrency`. */
export function valueOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const ws = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  const str = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const join = (path: string, key: string | number) =>
    // The same spelling as the engine's formatPath: `[n]` for indexes, `.key` for any key.
    typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  function value(path: string, at: number) {
    ws();
    if (!out.has(path)) out.set(path, at >= 0 ? at : i);
    const c = text[i];
    if (c === '{') {
      i++; ws();
      while (i < text.length && text[i] !== '}') {
        ws();
        const keyAt = i;
        const key = str();
        ws(); i++; // ':'
        value(join(path, key), keyAt);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++; ws();
      let n = 0;
      while (i < text.length && text[i] !== ']') {
        value(join(path, n++), -1);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') str();
    else while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  }
  try {
    value('', 0);
  } catch {
    // Broken text: whatever was recorded before the break is still useful.
  }
  return out;
}

/** The path a problem line names: the text before the first ": ". */
export function problemPath(problem: string): string {
  const rest = problem.replace(/^not supported yet: /, '');
  const colon = rest.indexOf(': ');
  return colon < 0 ? rest.split(' ')[0] : rest.slice(0, colon);
}

/** Where to put the cursor for a problem: its value, else the nearest parent that exists. */
export function locateProblem(text: string, problem: string): number | null {
  // JSON syntax errors carry a character position.
  const pos = /at position (\d+)/.exec(problem);
  if (pos) return Math.min(Number(pos[1]), text.length);
  let path = problemPath(problem);
  if (path === '(json)' || path === '(scenario)') return 0;
  const offsets = valueOffsets(text);
  while (path) {
    const at = offsets.get(path);
    if (at !== undefined) return at;
    path = path.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '');
  }
  return null;
}

export const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

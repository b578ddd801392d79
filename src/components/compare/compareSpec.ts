// What a side-by-side comparison runs: one example, one parameter (at one or more paths, so
// "a breaker on both API servers" is one choice) and the two values. From the URL:
// `?compare=thundering-herd&path=nodes[0].retry.jitter&a=none&b=full`.
import { EXAMPLES } from '../../lessons/catalog';
import { setPath } from '../../engine/sweep/setPath';

/** Absent: keep the example's own value. REMOVED: take the field out (e.g. no breaker). */
export const REMOVED = '-';

export type CompareSpec = { example: string; paths: string[]; a?: string; b?: string };
export type Variant = { label: string; scenario: unknown } | { label: string; problems: string[] };

export function parseCompareParams(search: string): CompareSpec | null {
  const q = new URLSearchParams(search);
  const example = q.get('compare');
  if (!example) return null;
  return { example, paths: q.getAll('path').filter(Boolean), a: q.get('a') ?? undefined, b: q.get('b') ?? undefined };
}

export function compareSearch(spec: CompareSpec): string {
  const q = new URLSearchParams({ compare: spec.example });
  for (const p of spec.paths) q.append('path', p);
  if (spec.a !== undefined) q.set('a', spec.a);
  if (spec.b !== undefined) q.set('b', spec.b);
  return `?${q}`;
}

/** A URL value as JSON when it reads as JSON (`5`, `true`, `{"preset":"opossum"}`), else as a string (`full`). */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const leaf = (path: string) => path.replace(/^.*?([A-Za-z_$][\w$-]*)(\[\d+\])?$/, '$1');

/** The two scenarios, or the problems with the request (an unknown example, a bad path). */
export function buildVariants(spec: CompareSpec): { a: Variant; b: Variant } {
  const ex = EXAMPLES.find((e) => e.id === spec.example);
  const name = spec.paths.length ? leaf(spec.paths[0]) : 'as is';
  const one = (value: string | undefined): Variant => {
    const label = value === undefined ? `${name}: as in the example` : `${name} = ${value === REMOVED ? 'none' : value}`;
    if (!ex) return { label, problems: [`compare: no example "${spec.example}"; choose one of ${EXAMPLES.map((e) => `"${e.id}"`).join(', ')}`] };
    if (value === undefined) return { label, scenario: ex.scenario };
    try {
      const v = value === REMOVED ? undefined : parseValue(value);
      const scenario = spec.paths.reduce<unknown>((doc, p) => setPath(doc, p, v), ex.scenario);
      // setPath writes `undefined`; a JSON round trip drops the field as the format expects.
      return { label, scenario: JSON.parse(JSON.stringify(scenario)) };
    } catch (e) {
      return { label, problems: [e instanceof Error ? e.message : String(e)] };
    }
  };
  return { a: one(spec.a), b: one(spec.b) };
}

const breakerAt = (i: number) => `nodes[${i}].routes["/search"].calls[0].breaker`;

/** Comparisons worth showing, for the Compare menu. */
export const COMPARE_PRESETS: { title: string; spec: CompareSpec }[] = [
  { title: 'Thundering herd: retry jitter none vs full', spec: { example: 'thundering-herd', paths: ['nodes[0].retry.jitter'], a: 'none', b: 'full' } },
  { title: 'Hung database: no breaker vs breaker', spec: { example: 'cascade-with-breaker', paths: [breakerAt(2), breakerAt(3)], a: REMOVED } },
  { title: 'Thundering herd: 3 vs 8 attempts', spec: { example: 'thundering-herd', paths: ['nodes[0].retry.maxAttempts'], a: '3', b: '8' } },
];

// Parsing a scenario: zod validation, then refusal of what the engine does not build yet.
// Every problem comes back as one line that names its path: `nodes[2].concurrency: must be …, got 0`.
import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema';
import { unsupportedPaths } from './unsupported';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(scenario)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text && text.length > 40 ? `${text.slice(0, 37)}…` : String(text);
}

function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') return `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const value = valueAt(input, issue.path);
  if (value === undefined && issue.code === 'invalid_type') return `${path}: is required`;
  // Cross-reference problems already name the offending value in their message.
  if (issue.code === 'custom' && (issue.params as { crossRef?: boolean } | undefined)?.crossRef) return `${path}: ${issue.message}`;
  return `${path}: ${plainMessage(issue)}, got ${describe(value)}`;
}

/**
 * Our own wording for zod's built-in messages ("Too small: expected number to be >=0"), so every
 * problem reads alike: "must be ≥ 0". Messages the schema sets itself are kept as they are.
 */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (!/^(Too small|Too big|Invalid input|Invalid option)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small': return typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint'
      ? (issue.origin === 'number' ? `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}` : `must have at least ${issue.minimum}`)
      : issue.message;
    case 'too_big': return issue.origin === 'number' ? `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}` : `must have at most ${issue.maximum}`;
    case 'invalid_type': return `must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value': return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default: return issue.message;
  }
}

export function parseScenario(input: unknown): ParseResult {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => formatIssue(issue, input));
    return { ok: false, problems: [...new Set(problems)] };
  }
  const refused = unsupportedPaths(parsed.data);
  if (refused.length) return { ok: false, problems: refused.map((p) => `not supported yet: ${p}`) };
  return { ok: true, scenario: parsed.data };
}

/** Parses JSON text too, so a syntax error becomes a problem line rather than an exception. */
export function parseScenarioText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`(json): ${(e as Error).message}`] };
  }
  return parseScenario(json);
}

import { describe, expect, it } from 'vitest';
import { lineOf, locateProblem, problemPath, valueOffsets } from './locate';

const text = `{
  "format": "x",
  "nodes": [
    { "id": "u", "kind": "client" },
    { "id": "s", "concurrency": 0,
      "routes": { "/search": { "calls": [] } } }
  ]
}`;

describe('locating problems in the editor text', () => {
  it('records every value by the path problems use', () => {
    const at = valueOffsets(text);
    expect(lineOf(text, at.get('nodes[1].concurrency')!)).toBe(5);
    expect(lineOf(text, at.get('nodes[1].routes./search.calls')!)).toBe(6);
    expect(text.slice(at.get('nodes[0].kind')!).startsWith('"kind"')).toBe(true);
  });

  it('finds a problem line, or its nearest existing parent', () => {
    expect(lineOf(text, locateProblem(text, 'nodes[1].concurrency: must be an integer ≥ 1, got 0')!)).toBe(5);
    expect(lineOf(text, locateProblem(text, 'nodes[0].target: is required')!)).toBe(4);
    expect(locateProblem(text, '(scenario): whatever')).toBe(0);
  });

  it('uses the position of a JSON syntax error', () => {
    expect(locateProblem('{"a": }', '(json): Unexpected token \'}\', "{"a": }" is not valid JSON at position 6')).toBe(6);
  });

  it('reads the path of a problem', () => {
    expect(problemPath('nodes[2].concurrency: must be an integer ≥ 1, got 0')).toBe('nodes[2].concurrency');
  });
});

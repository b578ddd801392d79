import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario, parseScenarioText } from './parse';

const format = 'resilience-playground/scenario@1';
const server = (id: string, extra = {}) => ({ id, kind: 'server', ...extra });
const problemsOf = (input: unknown) => {
  const r = parseScenario(input);
  return r.ok ? [] : r.problems;
};

describe('scenario validation', () => {
  it('names the path, the rule and the value of a bad field', () => {
    const problems = problemsOf({ format, nodes: [
      { id: 'users', kind: 'client', target: 'lb' },
      { id: 'lb', kind: 'balancer', targets: ['s1'] },
      server('s1', { concurrency: 0 }),
    ] });
    expect(problems).toEqual(['nodes[2].concurrency: must be an integer ≥ 1, got 0']);
  });

  it('words the rules zod checks by itself the way ours are worded', () => {
    const nodes = [{ id: 'users', kind: 'client', target: 's1' }, server('s1')];
    expect(problemsOf({ format, seed: -1, nodes })).toEqual(['seed: must be ≥ 0, got -1']);
    expect(problemsOf({ format, durationMs: 'long', nodes })).toEqual([expect.stringMatching(/^durationMs: must be a number, got "long"$/)]);
    expect(problemsOf({ format, seed: 2 ** 33, nodes })).toEqual([`seed: must be ≤ ${2 ** 32 - 1}, got ${2 ** 33}`]);
  });

  it('fills the defaults of the format', () => {
    const r = parseScenario({ format, nodes: [{ id: 'c', kind: 'client', target: 's' }, server('s')] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.seed).toBe(1);
    expect(r.scenario.network).toEqual({ latencyMs: 1, jitterMs: 0 });
    expect(r.scenario.nodes[0]).toMatchObject({ arrivals: { process: 'poisson', ratePerSec: 50 }, routes: [{ name: '/', weight: 1 }] });
    expect(r.scenario.nodes[1]).toMatchObject({ concurrency: 1, errorRate: 0, serviceTime: { dist: 'exponential', meanMs: 50 } });
  });

  it('reports unknown fields and kinds', () => {
    const problems = problemsOf({ format, nodes: [
      { id: 'c', kind: 'client', target: 's' },
      { id: 'x', kind: 'teapot' },
      server('s', { concurency: 3 }),
    ] });
    expect(problems.some((p) => p.startsWith('nodes[1].kind: must be a node: "kind" is one of') && p.endsWith('got "teapot"'))).toBe(true);
    expect(problems).toContain('nodes[2]: unknown field "concurency"');
  });

  it('reports dangling references and duplicate ids once the shapes are right', () => {
    const problems = problemsOf({ format, nodes: [
      { id: 'c', kind: 'client', target: 'nowhere' },
      server('s'), server('s'),
      { id: 'lb', kind: 'balancer', targets: ['c'] },
    ], faults: [{ atMs: 5, target: 'ghost', action: 'kill' }] });
    expect(problems).toEqual([
      'nodes[2].id: duplicate node id "s"',
      'nodes[0].target: no node with id "nowhere"',
      'nodes[3].targets[0]: "c" is a client; expected balancer or server or database',
      'faults[0].target: no node with id "ghost"',
    ]);
  });

  it('refuses, by path, what the engine does not build instead of ignoring it', () => {
    expect(problemsOf({ format, nodes: [
      { id: 'q', kind: 'queue' },
      { id: 'w1', kind: 'workers', source: 'q' },
      { id: 'w2', kind: 'workers', source: 'q' },
    ] })).toEqual(['not supported yet: nodes[2].source (queue "q" already has the pool "w1")']);
  });

  it('turns broken JSON and a wrong format tag into one clear line each', () => {
    expect(parseScenarioText('{ "nodes": [').ok).toBe(false);
    expect(problemsOf({ format: 'v0', nodes: [server('s')] })).toEqual(['format: must be "resilience-playground/scenario@1", got "v0"']);
    expect(problemsOf(null)[0]).toMatch(/^\(scenario\): /);
  });

  it('accepts every example', () => {
    const dir = new URL('../../../examples/', import.meta.url);
    for (const f of readdirSync(dir)) expect([f, parseScenarioText(readFileSync(new URL(f, dir), 'utf8')).ok]).toEqual([f, true]);
  });
});

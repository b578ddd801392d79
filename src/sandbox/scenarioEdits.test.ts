import { describe, expect, it } from 'vitest';
import { parseScenario } from '../engine/scenario/parse';
import { addNode, freeId, numberField, removeNode, setField, toggleTarget, type Doc } from './scenarioEdits';

const base = (): Doc => ({
  format: 'resilience-playground/scenario@1',
  nodes: [
    { id: 'users', kind: 'client', target: 'lb' },
    { id: 'lb', kind: 'balancer', targets: ['s1', 's2'] },
    { id: 's1', kind: 'server' },
    { id: 's2', kind: 'server' },
  ],
  faults: [{ atMs: 1000, target: 's2', action: 'kill' }],
  links: [{ from: 'lb', to: 's2', latencyMs: 20 }],
});

describe('sandbox form edits', () => {
  it('adds a server with the next free id that the engine accepts', () => {
    const doc = addNode(base(), 'server');
    expect(doc.nodes!.at(-1)).toEqual({ id: 's3', kind: 'server', concurrency: 4, serviceTime: { dist: 'exponential', meanMs: 50 } });
    expect(parseScenario(doc).ok).toBe(true);
  });

  it('adds a client aimed at the balancer and a balancer over every server', () => {
    expect(addNode(base(), 'client').nodes!.at(-1)).toMatchObject({ id: 'users2', target: 'lb' });
    expect(addNode(base(), 'balancer').nodes!.at(-1)).toMatchObject({ id: 'lb2', targets: ['s1', 's2'] });
    expect(freeId(base(), 'database')).toBe('db');
  });

  it('removes a node with its balancer target, links and faults, and leaves the rest untouched', () => {
    const doc = removeNode(base(), 's2');
    expect(doc.nodes!.map((n) => n.id)).toEqual(['users', 'lb', 's1']);
    expect(doc.nodes![1].targets).toEqual(['s1']);
    expect([doc.links, doc.faults]).toEqual([[], []]);
    expect(parseScenario(doc).ok).toBe(true);
    expect(base().nodes!.length).toBe(4); // no mutation
  });

  it('lets the parser name a client left pointing at a removed node', () => {
    const parsed = parseScenario(removeNode(base(), 'lb'));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.join('\n')).toMatch(/^nodes\[0\]\.target: /m);
  });

  it('toggles balancer targets in node order', () => {
    const off = toggleTarget(base(), 'lb', 's1');
    expect(off.nodes![1].targets).toEqual(['s2']);
    expect(toggleTarget(off, 'lb', 's1').nodes![1].targets).toEqual(['s1', 's2']);
  });

  it('sets a field by path; an emptied field is removed; a bad number is named by the parser', () => {
    expect(setField(base(), 'nodes[2].concurrency', 8).nodes![2]).toEqual({ id: 's1', kind: 'server', concurrency: 8 });
    expect(JSON.parse(JSON.stringify(setField(base(), 'nodes[2].concurrency', numberField('')))).nodes[2]).toEqual({ id: 's1', kind: 'server' });
    const typo = parseScenario(setField(base(), 'nodes[2].concurrency', numberField('abc')));
    expect(typo.ok ? [] : typo.problems).toEqual(['nodes[2].concurrency: must be a number, got "abc"']);
    const parsed = parseScenario(setField(base(), 'nodes[2].concurrency', numberField('0')));
    expect(!parsed.ok && parsed.problems).toEqual(['nodes[2].concurrency: must be an integer ≥ 1, got 0']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/scenario/parse';
import { buildVariants, compareSearch, COMPARE_PRESETS, parseCompareParams } from './compareSpec';

describe('comparison spec', () => {
  it('reads the URL and writes it back', () => {
    const spec = parseCompareParams('?compare=thundering-herd&path=nodes[0].retry.jitter&a=none&b=full');
    expect(spec).toEqual({ example: 'thundering-herd', paths: ['nodes[0].retry.jitter'], a: 'none', b: 'full' });
    expect(parseCompareParams(compareSearch(spec!))).toEqual(spec);
    expect(parseCompareParams('?scenario=mm1')).toBeNull();
  });

  it('builds two valid scenarios that differ in exactly the field asked for', () => {
    const { a, b } = buildVariants(COMPARE_PRESETS[0].spec);
    expect([a.label, b.label]).toEqual(['jitter = none', 'jitter = full']);
    if (!('scenario' in a) || !('scenario' in b)) throw new Error('expected scenarios');
    const sa = a.scenario as { nodes: { retry: { jitter: string } }[] };
    const sb = b.scenario as { nodes: { retry: { jitter: string } }[] };
    expect([sa.nodes[0].retry.jitter, sb.nodes[0].retry.jitter]).toEqual(['none', 'full']);
    sb.nodes[0].retry.jitter = 'none';
    expect(sb).toEqual(sa);
    expect(parseScenario(a.scenario).ok && parseScenario(b.scenario).ok).toBe(true);
  });

  it('removes a field at several paths, and keeps the example as is without a value', () => {
    const { a, b } = buildVariants(COMPARE_PRESETS[1].spec);
    expect(a.label).toBe('breaker = none');
    const nodes = (v: typeof a) => JSON.stringify('scenario' in v && (v.scenario as { nodes: unknown }).nodes);
    expect(nodes(a)).not.toMatch(/breaker/);
    expect(nodes(b).match(/breaker/g)).toHaveLength(2);
    expect('scenario' in a && parseScenario(a.scenario).ok).toBe(true);
  });

  it('names an unknown example instead of failing', () => {
    const { a } = buildVariants({ example: 'nope', paths: [], a: '1' });
    expect('problems' in a && a.problems[0]).toMatch(/no example "nope"/);
  });
});

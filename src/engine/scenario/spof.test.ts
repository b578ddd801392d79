import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario } from './parse';
import { scenarioSchema } from './schema';
import { singlePointsOfFailure } from './spof';

const example = (name: string) =>
  scenarioSchema.parse(JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8')));

describe('single points of failure', () => {
  it('a lone balancer in front of three servers is one; the servers are not', () => {
    expect(singlePointsOfFailure(example('three-servers.json'))).toEqual(['lb']);
  });

  it('two balancers behind a floating address are not', () => {
    expect(singlePointsOfFailure(example('balancer-spof.json'))).toEqual([]);
  });

  it('a database every server calls is one, and so is a lone server', () => {
    expect(singlePointsOfFailure(example('cascade.json'))).toEqual(['lb', 'db']);
    expect(singlePointsOfFailure(example('mm1.json'))).toEqual(['s1']);
  });

  it('a database with a standby is still one node in the topology: its failover is what saves it', () => {
    const r = parseScenario({ format: 'resilience-playground/scenario@1', nodes: [
      { id: 'c', kind: 'client', target: 'db' }, { id: 'db', kind: 'database', standby: {} }] });
    expect(r.ok && singlePointsOfFailure(r.scenario)).toEqual(['db']);
  });
});

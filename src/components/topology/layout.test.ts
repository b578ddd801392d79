import { describe, expect, it } from 'vitest';
import type { TopologyNode } from '../../worker/protocol';
import { layoutTopology } from './layout';

const node = (id: string, kind: string, targets: string[] = []): TopologyNode => ({ id, kind, targets, concurrency: 1 });

describe('layoutTopology', () => {
  it('puts clients, balancers and servers in tiers left to right', () => {
    const l = layoutTopology([
      node('s1', 'server'), node('users', 'client', ['lb']), node('lb', 'balancer', ['s1', 's2', 's3']),
      node('s2', 'server'), node('s3', 'server'),
    ]);
    const tier = Object.fromEntries(l.nodes.map((n) => [n.id, n.tier]));
    expect(tier).toEqual({ users: 0, lb: 1, s1: 2, s2: 2, s3: 2 });
    const x = (id: string) => l.byId.get(id)!.x;
    expect(x('users')).toBeLessThan(x('lb'));
    expect(x('lb')).toBeLessThan(x('s2'));
    // The three servers stack top to bottom in the balancer's order, centred on it.
    const y = (id: string) => l.byId.get(id)!.y;
    expect(y('s1')).toBeLessThan(y('s2'));
    expect(y('s2')).toBeLessThan(y('s3'));
    expect(y('s2')).toBe(y('lb'));
    expect(l.links.map((s) => `${s.from}>${s.to}`)).toEqual(['users>lb', 'lb>s1', 'lb>s2', 'lb>s3']);
  });

  it('uses the longest path, so a server called by another sits to its right', () => {
    const l = layoutTopology([node('u', 'client', ['a']), node('a', 'server', ['db']), node('db', 'database'),
      node('u2', 'client', ['db'])]);
    expect(l.byId.get('db')!.tier).toBe(2);
  });

  it('survives a cycle', () => {
    const l = layoutTopology([node('u', 'client', ['a']), node('a', 'balancer', ['b']), node('b', 'balancer', ['a'])]);
    expect(l.nodes).toHaveLength(3);
  });

  it('puts a worker pool just above the queue it pulls from, and what it calls in the next column', () => {
    const l = layoutTopology([node('users', 'client', ['api']), node('api', 'server', ['jobs']), node('jobs', 'queue'),
      node('mailers', 'workers', ['jobs', 'email']), node('email', 'server')]);
    const tier = Object.fromEntries(l.nodes.map((n) => [n.id, n.tier]));
    expect(tier).toEqual({ users: 0, api: 1, jobs: 2, mailers: 2, email: 3 });
    const [mailers, jobs] = [l.byId.get('mailers')!, l.byId.get('jobs')!];
    expect(mailers.y).toBeLessThan(jobs.y);
    // The pull link runs from the pool's bottom edge to the queue's top edge, not across the picture.
    const pull = l.links.find((s) => s.from === 'mailers' && s.to === 'jobs')!;
    expect(pull).toMatchObject({ x0: mailers.x, y0: mailers.y + mailers.h / 2, x1: jobs.x, y1: jobs.y - jobs.h / 2 });
    // With nothing sending to the queue (a route switched to calling the provider itself) the
    // queue starts the picture, and the pool still sits above it.
    const alone = layoutTopology([node('jobs', 'queue'), node('mailers', 'workers', ['jobs', 'email']), node('email', 'server')]);
    expect(alone.byId.get('mailers')!.y).toBeLessThan(alone.byId.get('jobs')!.y);
    // Room under the lowest row for the queue's dead-letter bin.
    expect(l.height).toBeGreaterThan(jobs.y + jobs.h / 2 + 38);
  });
});

// The balancing-strategy lesson tells the truth: in each of its three setups, the change its text
// asks for (least-connections, consistent-hash, canary weight 0) meets the goal, and leaving the
// setup as it loads does not. The learner changes lb in the inspector (BalancerSettings), which
// goes through setParam on `nodes[1]…`; `sets` does the same here.
import { describe, expect, it } from 'vitest';
import { metricValue } from './flowChecks';
import { recentOk } from './goalChecks';
import { strategies } from './strategies';
import { variantOf, verdict } from './testing/lessonGoals';
import { playLesson } from './testing/playLesson';

const strategy = (value: string) => [{ path: 'nodes[1].strategy', value }];
const p99 = (p: ReturnType<typeof playLesson>) => metricValue('client:users:p99', p.snapshot)!;

describe('strategies: costly requests', () => {
  it('least-connections keeps p99 under 300 ms', () => {
    const played = playLesson(strategies.scenario, { untilMs: 30_000, sets: strategy('least-connections') });
    expect(verdict(strategies, 'least-connections', played).status).toBe('met');
  });

  it('round robin, as the setup loads, queues pages behind reports', () => {
    const played = playLesson(strategies.scenario, { untilMs: 30_000 });
    expect(verdict(strategies, 'least-connections', played).status).toBe('pending');
    expect(p99(played)).toBeGreaterThan(300);
  });

  it('power-of-two is nearly as good', () => {
    expect(p99(playLesson(strategies.scenario, { untilMs: 30_000, sets: strategy('power-of-two') }))).toBeLessThanOrEqual(300);
  });
});

describe('strategies: sticky routing', () => {
  const sticky = variantOf(strategies, 'sticky');
  const killS2 = [{ atMs: 10_000, target: 's2', action: 'kill' as const }];

  it('consistent-hash: kill a server and keep 99 % of requests ok', () => {
    const played = playLesson(sticky, { untilMs: 20_000, actions: killS2, sets: strategy('consistent-hash') });
    expect(verdict(strategies, 'ring-survives', played, 'sticky').status).toBe('met');
  });

  it('is not judged with ip-hash, as the setup loads', () => {
    const played = playLesson(sticky, { untilMs: 20_000, actions: killS2 });
    expect(verdict(strategies, 'ring-survives', played, 'sticky').status).toBe('pending');
  });
});

describe('strategies: canary', () => {
  const canary = variantOf(strategies, 'canary');

  it('rolled back (weight 0), 99.5 % of requests are ok', () => {
    const played = playLesson(canary, { untilMs: 12_000, sets: [{ path: 'nodes[1].weights.canary', value: 0 }] });
    expect(verdict(strategies, 'canary-rollback', played, 'canary').status).toBe('met');
  });

  it('left at weight 1, the bad build fails its share (a third of 20 %)', () => {
    const played = playLesson(canary, { untilMs: 12_000 });
    expect(verdict(strategies, 'canary-rollback', played, 'canary').status).toBe('pending');
    expect(recentOk(played.snapshot)).toBeLessThan(0.995);
    expect(played.snapshot.availability.ratio).toBeGreaterThan(0.9);
    expect(played.snapshot.availability.ratio).toBeLessThan(0.97);
  });
});

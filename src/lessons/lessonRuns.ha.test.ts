// The high-availability lessons tell the truth: played the way their text asks, the engine meets
// each goal, the opposite path does not, and the predictions' right answers are what the run
// measures. Each run is the lesson's own seeded scenario, so every number here is deterministic.
import { describe, expect, it } from 'vitest';
import { activePassive } from './activePassive';
import { recentOk } from './goalChecks';
import { healthChecks } from './healthChecks';
import { nines } from './nines';
import { noSinglePoint } from './noSinglePoint';
import { redundancy } from './redundancy';
import { reveal, runProgress } from './steps';
import { predictOf, revealOf, variantOf, verdict } from './testing/lessonGoals';
import { playLesson, type Action } from './testing/playLesson';
import type { LessonStep } from './types';

const kill = (target: string, atMs: number): Action => ({ atMs, target, action: 'kill' });
const revive = (target: string, atMs: number): Action => ({ atMs, target, action: 'revive' });
type Run = Extract<LessonStep, { kind: 'run' }>;
const runStep = (steps: readonly LessonStep[] | undefined) => steps?.find((s): s is Run => s.kind === 'run');

describe('nines: crash s1 for six seconds', () => {
  const played = playLesson(nines.scenario, { untilMs: 60_000, actions: [kill('s1', 20_000), revive('s1', 26_000)] });

  it('meets the goal once revived and run to 1:00', () => {
    expect(runProgress(runStep(nines.steps)!.until, played).done).toBe(true);
    expect(verdict(nines, 'outage-recovered', played).status).toBe('met');
  });

  it('is still pending without the revive', () => {
    const notRevived = playLesson(nines.scenario, { untilMs: 60_000, actions: [kill('s1', 20_000)] });
    expect(verdict(nines, 'outage-recovered', notRevived).status).toBe('pending');
  });

  it('lands in the choice the reveal calls right: roughly one nine', () => {
    const step = predictOf(nines, 'predict-outage');
    expect(revealOf(nines, step.id).text).toMatch(/roughly one nine/);
    expect(reveal(step, 'one-nine', played.snapshot).right).toBe(true);
    // Wherever in the minute the six seconds fall.
    for (const at of [2_000, 40_000]) {
      const p = playLesson(nines.scenario, { untilMs: 60_000, actions: [kill('s1', at), revive('s1', at + 6_000)] });
      expect(reveal(step, undefined, p.snapshot).actual?.id).toBe('one-nine');
    }
  });
});

describe('redundancy: kill s2 behind the balancer', () => {
  const played = playLesson(redundancy.scenario, { untilMs: 20_000, actions: [kill('s2', 10_000)] });

  it('keeps availability above 99 % for the 10 s watched', () => {
    expect(runProgress(runStep(redundancy.steps)!.until, played).done).toBe(true);
    expect(verdict(redundancy, 'survive-kill', played).status).toBe('met');
  });

  it('fails once two of the three servers are dead', () => {
    const two = playLesson(redundancy.scenario, { untilMs: 20_000, actions: [kill('s2', 10_000), kill('s3', 10_000)] });
    expect(verdict(redundancy, 'survive-kill', two).status).toBe('failed');
  });

  it('lands in the choice the reveal calls right: routed around', () => {
    const step = predictOf(redundancy, 'predict-kill');
    expect(revealOf(redundancy, step.id).text).toMatch(/Only the requests s2 held/);
    expect(reveal(step, 'routed-around', played.snapshot).right).toBe(true);
    for (const [target, at] of [['s1', 1_000], ['s3', 40_000]] as const) {
      const p = playLesson(redundancy.scenario, { untilMs: at + 10_000, actions: [kill(target, at)] });
      expect(reveal(step, undefined, p.snapshot).actual?.id).toBe('routed-around');
    }
  });
});

describe('no single point: one balancer, then a pair', () => {
  const pair = variantOf(noSinglePoint, 'pair');

  it('one balancer: killing it stops everything', () => {
    const played = playLesson(noSinglePoint.scenario, { untilMs: 15_000, actions: [kill('lb', 10_000)] });
    expect(verdict(noSinglePoint, 'lone-balancer-dies', played).status).toBe('met');
    expect(played.snapshot.singlePointsOfFailure).toContain('lb');
  });

  it('balancer pair: the backup takes vip over and traffic recovers', () => {
    const played = playLesson(pair, { untilMs: 20_000, actions: [kill('lb1', 10_000)] });
    expect(verdict(noSinglePoint, 'vip-takeover', played, 'pair').status).toBe('met');
    expect(played.snapshot.nodes.find((n) => n.id === 'vip')?.master).toBe('lb2');
    // The same kill with the pair is no outage; the lone goal belongs to the other setup.
    expect(verdict(noSinglePoint, 'lone-balancer-dies', played, 'pair').status).toBe('pending');
  });

  it('balancer pair: a clean stop hands the address over in 0.6 s, a crash in 3.6 s, as the text says', () => {
    const masterAt = (action: 'kill' | 'stop', untilMs: number) =>
      playLesson(pair, { untilMs, actions: [{ atMs: 10_000, target: 'lb1', action }] }).snapshot.nodes.find((n) => n.id === 'vip')?.master;
    // Backup priority 100, 1 s advert: skew 609.375 ms; a crash waits three adverts more.
    expect([masterAt('stop', 10_600), masterAt('stop', 10_620)]).toEqual(['lb1', 'lb2']);
    expect([masterAt('kill', 13_600), masterAt('kill', 13_620)]).toEqual(['lb1', 'lb2']);
    const stopped = playLesson(pair, { untilMs: 20_000, actions: [{ atMs: 10_000, target: 'lb1', action: 'stop' }] });
    expect(verdict(noSinglePoint, 'vip-takeover', stopped, 'pair').status).toBe('met');
    expect(noSinglePoint.text).toMatch(/about 0\.6 s instead of 3\.6 s/);
  });

  it('balancer pair: killing the backup moves nothing', () => {
    const played = playLesson(pair, { untilMs: 20_000, actions: [kill('lb2', 10_000)] });
    expect(verdict(noSinglePoint, 'vip-takeover', played, 'pair').status).toBe('pending');
  });
});

describe('health checks: fast, but not jumpy', () => {
  const lb = 'nodes[1].healthCheck';
  const killS2 = [kill('s2', 10_000)];

  it('HAProxy defaults take several seconds to pull a dead server', () => {
    const played = playLesson(healthChecks.scenario, { untilMs: 20_000, actions: killS2 });
    expect(verdict(healthChecks, 'fast-detection', played).status).toBe('failed');
  });

  it('a shorter interval and lower fall pull it within 2 s', () => {
    const played = playLesson(healthChecks.scenario, { untilMs: 20_000, actions: killS2,
      sets: [{ path: `${lb}.intervalMs`, value: 500 }, { path: `${lb}.fall`, value: 2 }] });
    expect(verdict(healthChecks, 'fast-detection', played).status).toBe('met');
  });

  it('a 50 ms timeout with fall 1 flaps: live servers are pulled', () => {
    const played = playLesson(healthChecks.scenario, { untilMs: 20_000, actions: killS2,
      sets: [{ path: `${lb}.intervalMs`, value: 500 }, { path: `${lb}.timeoutMs`, value: 50 }, { path: `${lb}.fall`, value: 1 }] });
    const v = verdict(healthChecks, 'fast-detection', played);
    expect(v.status).toBe('failed');
    expect(v.detail).toMatch(/too eager/);
  });

  it('traffic spike: the tight checks pull two servers nobody killed', () => {
    const played = playLesson(variantOf(healthChecks, 'spike'), { untilMs: 42_000 });
    expect(verdict(healthChecks, 'checks-cascade', played, 'spike').status).toBe('met');
  });

  it('traffic spike: probes given time (1 s, fall 3) pull nobody', () => {
    const played = playLesson(variantOf(healthChecks, 'spike'), { untilMs: 60_000,
      sets: [{ path: `${lb}.timeoutMs`, value: 1000 }, { path: `${lb}.fall`, value: 3 }] });
    expect(verdict(healthChecks, 'checks-cascade', played, 'spike').status).toBe('pending');
  });
});

describe('active-active vs active-passive', () => {
  it('killing an API server barely moves availability', () => {
    const played = playLesson(activePassive.scenario, { untilMs: 20_000, actions: [kill('api1', 10_000)] });
    expect(verdict(activePassive, 'server-dies', played).status).toBe('met');
  });

  it('killing the database fails requests for about 8 s, then the standby answers', () => {
    const atMs = 10_000;
    const played = playLesson(activePassive.scenario, { untilMs: atMs + 12_000, actions: [kill('db', atMs)] });
    expect(verdict(activePassive, 'db-fails-over', played).status).toBe('met');
    // Detection (3 missed checks, 1 s apart) plus promotion (5 s): no answers in between.
    const during = playLesson(activePassive.scenario, { untilMs: atMs + 6_000, actions: [kill('db', atMs)] });
    expect(recentOk(during.snapshot)).toBeLessThan(0.05);
    const back = played.snapshot.chart.points.find((p) => p.startMs > atMs && p.ok > 0 && p.failed === 0)!;
    expect(back.startMs - atMs).toBeGreaterThanOrEqual(7_000);
    expect(back.startMs - atMs).toBeLessThanOrEqual(10_000);
    // The writes of the last 500 ms before the crash never reached the standby.
    expect(played.snapshot.nodes.find((n) => n.id === 'db')?.failover?.lostWrites).toBeGreaterThan(0);
  });
});

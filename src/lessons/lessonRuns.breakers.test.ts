// The circuit-breaker lessons tell the truth. Their outages are scheduled in the scenarios (the
// database hangs at 30 s and is revived at 90 s), so the learner only presses Play — and, in the
// presets lesson, picks a preset for api1, which goes through setParam on the breaker's path.
import { describe, expect, it } from 'vitest';
import { BREAKER_PATHS, BREAKER_PRESETS, breakerPresets, withPreset } from './breakerPresets';
import { cascade } from './cascade';
import { failFast } from './failFast';
import { verdict } from './testing/lessonGoals';
import { playLesson } from './testing/playLesson';

describe('the cascade', () => {
  const played = playLesson(cascade.scenario, { untilMs: 60_000 });

  it('/profile falls below 80 % during the hang, though it never touches the database', () => {
    expect(verdict(cascade, 'profile-collapses', played).status).toBe('met');
  });

  it('the hang holds every worker slot of the API servers', () => {
    for (const id of ['api1', 'api2']) {
      const n = played.snapshot.nodes.find((x) => x.id === id)!;
      expect(n.busy).toBe(n.concurrency);
    }
  });

  it('with the breaker scenario of the next lesson, /profile does not collapse', () => {
    const withBreaker = playLesson(failFast.scenario, { untilMs: 60_000 });
    expect(verdict(cascade, 'profile-collapses', withBreaker).status).toBe('failed');
  });
});

describe('fail fast with a circuit breaker', () => {
  const played = playLesson(failFast.scenario, { untilMs: 100_000 });

  it('the breaker opens during the hang, goes half-open, and closes after it', () => {
    expect(verdict(failFast, 'breaker-cycle', played).status).toBe('met');
    const t = played.snapshot.breakers['api1->db'].transitions;
    expect(t.find((x) => x.to === 'open')!.atMs).toBeGreaterThanOrEqual(30_000);
    expect(t.filter((x) => x.to === 'closed').at(-1)!.atMs).toBeGreaterThanOrEqual(90_000);
  });

  it('/profile stays above 99 % through the outage, while /search still fails', () => {
    expect(verdict(failFast, 'profile-healthy', played).status).toBe('met');
    const search = played.snapshot.clients[0].byRoute['/search'];
    expect(search.failed).toBeGreaterThan(0);
  });

  it('the cascade scenario (no breaker) meets neither goal', () => {
    const without = playLesson(cascade.scenario, { untilMs: 100_000 });
    expect(verdict(failFast, 'breaker-cycle', without).status).toBe('pending');
    expect(verdict(failFast, 'profile-healthy', without).status).toBe('failed');
  });
});

describe('tuning a breaker: five presets', () => {
  const article = [{ path: `${BREAKER_PATHS[0]}.preset`, value: 'article' }];

  it('api1 on the article preset reaches half-open', () => {
    const played = playLesson(breakerPresets.scenario, { untilMs: 62_000, sets: article });
    expect(verdict(breakerPresets, 'article-half-open', played).status).toBe('met');
  });

  it('is not judged until api1 is switched to article', () => {
    const played = playLesson(breakerPresets.scenario, { untilMs: 70_000 });
    expect(verdict(breakerPresets, 'article-half-open', played).status).toBe('pending');
  });

  it('every preset opens during the hang and closes once the database is back (the table)', () => {
    for (const preset of BREAKER_PRESETS) {
      const t = playLesson(withPreset(preset), { untilMs: 120_000 }).snapshot.breakers['api1->db'].transitions;
      const opened = t.find((x) => x.to === 'open');
      expect(opened && opened.atMs > 30_000 && opened.atMs < 40_000, `${preset} opens`).toBe(true);
      expect(t.at(-1), `${preset} closes after 90 s`).toMatchObject({ to: 'closed' });
      expect(t.at(-1)!.atMs).toBeGreaterThan(90_000);
    }
  });
});

// The retry lessons tell the truth: each knob button the text asks for (applied as the page's
// LessonKnobs does, through setParam on its paths) meets its goal, and the other knob does not.
// The backoff lesson's sweep goal counts series plotted by the sweep worker (`sweepSeries`), so
// it is not played here.
import { describe, expect, it } from 'vitest';
import { backoffJitter } from './backoffJitter';
import { metricValue } from './flowChecks';
import { retryBudgets } from './retryBudgets';
import { retryStorm } from './retryStorm';
import { knob, verdict } from './testing/lessonGoals';
import { playLesson } from './testing/playLesson';

describe('the retry storm', () => {
  // The database fails from 5 s to 25 s; 15 s is well into the outage.
  const every = playLesson(retryStorm.scenario, { untilMs: 15_000, sets: knob(retryStorm, 'every-layer') });
  const edge = playLesson(retryStorm.scenario, { untilMs: 15_000, sets: knob(retryStorm, 'edge-only') });

  it('retrying at every layer turns one request into 20 or more attempts at db', () => {
    expect(verdict(retryStorm, 'storm', every).status).toBe('met');
    // As the scenario loads, every layer retries: the knob changes nothing.
    expect(verdict(retryStorm, 'storm', playLesson(retryStorm.scenario, { untilMs: 15_000 })).status).toBe('met');
  });

  it('retrying only at the edge: about 3 attempts per request reach db', () => {
    expect(verdict(retryStorm, 'edge-only', edge).status).toBe('met');
    expect(metricValue('multiplier:db', edge.snapshot)).toBeLessThan(4);
  });

  it('each goal is judged only under its own knob', () => {
    expect(verdict(retryStorm, 'edge-only', every).status).toBe('pending');
    expect(verdict(retryStorm, 'storm', edge).status).toBe('pending');
  });

  it('the layers multiply: about 3 × 3 × 3 attempts per user request', () => {
    const sites = every.snapshot.callSites;
    for (const key of ['users->api', 'api->orders', 'orders->db']) expect(sites[key].amplification).toBeGreaterThan(2);
    expect(edge.snapshot.callSites['orders->db'].amplification).toBe(1);
  });
});

describe('backoff and jitter', () => {
  const peak = (p: ReturnType<typeof playLesson>) => metricValue('herd-peak:api:20000', p.snapshot)!;

  it('plain exponential: 200+ arrivals in one 100 ms window after api comes back', () => {
    // The fifth wave (0.4 + 0.8 + 1.6 + 3.2 + 6.4 s after the crash at 10 s) lands at 22.4 s.
    const played = playLesson(backoffJitter.scenario, { untilMs: 23_000, sets: knob(backoffJitter, 'no-jitter') });
    expect(verdict(backoffJitter, 'herd', played).status).toBe('met');
  });

  it('full jitter: the peak after recovery stays under 100 per 100 ms', () => {
    const played = playLesson(backoffJitter.scenario, { untilMs: 27_000, sets: knob(backoffJitter, 'full-jitter') });
    expect(verdict(backoffJitter, 'jitter', played).status).toBe('met');
  });

  it('at the same moment, the plain herd is far above the jittered one', () => {
    const none = playLesson(backoffJitter.scenario, { untilMs: 27_000, sets: knob(backoffJitter, 'no-jitter') });
    const full = playLesson(backoffJitter.scenario, { untilMs: 27_000, sets: knob(backoffJitter, 'full-jitter') });
    expect(peak(none)).toBeGreaterThan(100);
    expect(peak(full)).toBeLessThan(200);
    expect(verdict(backoffJitter, 'jitter', none).status).toBe('pending');
    expect(verdict(backoffJitter, 'herd', full).status).toBe('pending');
  });
});

describe('retry budgets', () => {
  // The outage is 10–20 s; the goals are judged at 30 s.
  const play = (id: string) => playLesson(retryBudgets.scenario, { untilMs: 30_000, sets: knob(retryBudgets, id) });

  it('token bucket: at most 1.2 attempts per request, retries refused, transient errors still retried', () => {
    expect(verdict(retryBudgets, 'token-bucket', play('token-bucket')).status).toBe('met');
  });

  it('ratio 10 %: the same', () => {
    expect(verdict(retryBudgets, 'ratio', play('ratio')).status).toBe('met');
  });

  it('no budget: about two attempts per request and nothing refused', () => {
    const none = play('none');
    const site = none.snapshot.callSites['users->api'];
    expect(site.amplification).toBeGreaterThan(1.5);
    expect(site.retriesDenied).toBe(0);
    expect(verdict(retryBudgets, 'token-bucket', none).status).toBe('pending');
    expect(verdict(retryBudgets, 'ratio', none).status).toBe('pending');
  });

  it('retries turned off would leave the transient errors failing', () => {
    const off = playLesson(retryBudgets.scenario, { untilMs: 30_000, sets: [{ path: 'nodes[0].retry.maxAttempts', value: 1 }] });
    expect(metricValue('recent-failed', off.snapshot)).toBeGreaterThan(0.005);
  });
});

// The CLI end to end, as a user runs it: real process, real files, exit codes and streams.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

function sim(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run sim', () => {
  it('runs the three-servers example to its end: the balancer routes around the dead server', () => {
    const r = sim('examples/three-servers.json', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.format).toBe('resilience-playground/summary@1');
    expect(s.simulatedMs).toBe(90_000);
    expect(s.conservation.holds).toBe(true);
    // s2 dies at 20 s; with checks every 2 s, fall 3 and a 1 s timeout it leaves within 2·3 s + 1 s.
    const down = s.nodes.lb.healthTransitions.find((t: { target: string; to: string }) => t.target === 's2' && t.to === 'down');
    expect(down.atMs).toBeGreaterThan(20_000);
    expect(down.atMs).toBeLessThanOrEqual(27_000);
    const up = s.nodes.lb.healthTransitions.find((t: { target: string; to: string }) => t.target === 's2' && t.to === 'up');
    expect(up.atMs).toBeGreaterThan(60_000);
    expect(s.nodes.s2.downMs).toBe(40_000);
    expect(s.availability.ratio).toBeGreaterThan(0.99);
  });

  it('prints M/M/1 numbers that match queueing theory (Wq 4 ms, W 5 ms at ρ = 0.8)', () => {
    const r = sim('examples/mm1.json', '--json', '--seed', '3');
    expect(r.code).toBe(0);
    const s1 = JSON.parse(r.out).nodes.s1;
    expect(Math.abs(s1.meanQueueWaitMs - 4) / 4).toBeLessThan(0.1);
    expect(Math.abs(s1.meanResponseMs - 5) / 5).toBeLessThan(0.08);
    expect(Math.abs(s1.utilization - 0.8)).toBeLessThan(0.01);
  });

  it('prints a readable report by default, honours --until and adds --series buckets', () => {
    const report = sim('examples/three-servers.json', '--until', '30000');
    expect(report.code).toBe(0);
    expect(report.out).toMatch(/client users: \d+ requests/);
    expect(report.out).toMatch(/conservation holds/);
    const s = JSON.parse(sim('examples/three-servers.json', '--json', '--until', '10000', '--series', '1000').out);
    expect(s.simulatedMs).toBe(10_000);
    expect(s.series.bucketMs).toBe(1000);
    expect(s.series.nodes.s1.arrivals).toHaveLength(10);
    const arrivals = s.series.nodes.s1.arrivals.reduce((a: number, b: number) => a + b, 0);
    expect(arrivals).toBe(s.nodes.s1.arrivals);
  });

  it('is repeatable for a seed and changes with --seed', () => {
    const a = sim('examples/three-servers.json', '--json', '--until', '20000').out;
    expect(sim('examples/three-servers.json', '--json', '--until', '20000').out).toBe(a);
    expect(sim('examples/three-servers.json', '--json', '--until', '20000', '--seed', '99').out).not.toBe(a);
  });

  it('rejects bad input with exit code 2 and one line per problem naming the path, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rp-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'resilience-playground/scenario@1', nodes: [
      { id: 'users', kind: 'client', target: 'lb', arrivals: { process: 'poisson', ratePerSec: -5 } },
      { id: 'lb', kind: 'balancer', targets: ['s1'] },
      { id: 's1', kind: 'server', concurrency: 0 },
    ] }));
    const r = sim(bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n');
    expect(lines).toEqual([
      `${bad}: nodes[0].arrivals.ratePerSec: must be > 0 and ≤ 1,000,000 per second, got -5`,
      `${bad}: nodes[2].concurrency: must be an integer ≥ 1, got 0`,
    ]);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(sim(join(dir, 'missing.json')).err).toMatch(/missing\.json: cannot read \(ENOENT\)/);
    expect(sim('examples/mm1.json', '--seed', 'x').code).toBe(2);
    writeFileSync(join(dir, 'broken.json'), '{ "format": ');
    const broken = sim(join(dir, 'broken.json'));
    expect(broken.code).toBe(2);
    expect(broken.err.split('\n')[0]).toMatch(/broken\.json: \(json\): /);
  });

  it('runs every example to its end with the books balanced', () => {
    for (const f of ['balancer-spof', 'cascade', 'cascade-with-breaker', 'registration', 'thundering-herd', 'contention']) {
      const r = sim(`examples/${f}.json`, '--json');
      expect([f, r.code, r.err]).toEqual([f, 0, '']);
      expect([f, JSON.parse(r.out).conservation.holds]).toEqual([f, true]);
    }
  });

  it('sweeps a parameter over several seeds and prints a table (or JSON rows)', () => {
    const r = sim('examples/contention.json', '--sweep', 'nodes[0].arrivals.users=10:30:20', '--seeds', '2', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.seeds).toEqual([1, 2]);
    expect(out.rows.map((row: { value: number }) => row.value)).toEqual([10, 30]);
    expect(out.rows[1].metrics.attempts).toBeGreaterThan(out.rows[0].metrics.attempts);
    const table = sim('examples/contention.json', '--sweep', 'nodes[0].arrivals.users=10:30:20', '--seeds', '1');
    expect(table.out).toMatch(/^mean of 1 seeds \(1\)\nnodes\[0\]\.arrivals\.users\s+requests/);
    expect(sim('examples/mm1.json', '--sweep', 'nodes[1].concurrency=5:1:1').code).toBe(2);
    const badSet = sim('examples/three-servers.json', '--set', 'nodes[2].concurrency=abc');
    expect([badSet.code, badSet.err.trim()]).toEqual([2, '--set nodes[2].concurrency: must be a number, got "abc"']);
    const tooMany = sim('examples/contention.json', '--sweep', 'nodes[0].arrivals.users=1:100000:1');
    expect(tooMany.code).toBe(2);
    expect(tooMany.err).toContain('--sweep: 1:100000:1 is 100,000 points; at most 1,000 (use a larger step)');
  });

  it('--set changes one field before the run, and a bad path is a clear error', () => {
    const a = JSON.parse(sim('examples/mm1.json', '--json', '--until', '5000', '--set', 'nodes[1].concurrency=2').out);
    expect(a.nodes.s1.meanQueueWaitMs).toBeLessThan(1);
    const bad = sim('examples/mm1.json', '--set', 'nodes[1].concurrency.x=2');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^--set nodes\[1\]\.concurrency\.x: nodes\.1\.concurrency is not an object/);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, type SharedState } from './shareLink';
import threeServers from '../../examples/three-servers.json';

const state: SharedState = {
  scenario: threeServers, seed: 7, atMs: 31_500, origin: 'redundancy',
  commandLog: [{ atMs: 12_000, target: 's2', action: 'kill' }, { atMs: 20_000, target: 's3', action: 'slow', factor: 10 }],
};

describe('share links', () => {
  it('round-trip the whole state, compressed into a URL-safe fragment', () => {
    const fragment = encodeShare(state);
    expect(fragment).toMatch(/^s=1\.[A-Za-z0-9+\-$]+$/);
    expect(fragment.length).toBeLessThan(JSON.stringify(state).length);
    expect(decodeShare(`#${fragment}`)).toEqual({ ok: true, state });
  });

  it('ignore fragments without shared state', () => {
    expect(decodeShare('')).toBeNull();
    expect(decodeShare('#lesson=redundancy')).toBeNull();
  });

  it('explain what is wrong with a damaged, cut or tampered link', () => {
    const good = encodeShare(state);
    const cases = [
      's=1.garbage!!',
      `${good.slice(0, 40)}`,
      's=9.abc',
      's=abc',
      `s=1.${good.slice(4).split('').reverse().join('')}`,
    ];
    for (const c of cases) {
      const r = decodeShare(c);
      expect(r?.ok).toBe(false);
      expect(r && !r.ok && r.message).toMatch(/^This link /);
    }
    // valid JSON with the wrong shape
    const tampered = encodeShare({ ...state, seed: -1 });
    expect(decodeShare(tampered)).toMatchObject({ ok: false, message: expect.stringMatching(/seed/) });
  });
});

import { describe, expect, it } from 'vitest';
import { readRequest } from './messages';

describe('embed messages', () => {
  it('accepts the documented requests', () => {
    expect(readRequest({ rp: 1, id: 1, type: 'play' })).toEqual({ ok: true, request: { rp: 1, id: 1, type: 'play' } });
    expect(readRequest({ rp: 1, type: 'fault', target: 's2', action: 'kill' })?.ok).toBe(true);
    expect(readRequest({ rp: 1, type: 'set', path: 'nodes[1].strategy', value: 'random' })?.ok).toBe(true);
    expect(readRequest({ rp: 1, type: 'seek', toMs: 5000 })?.ok).toBe(true);
  });

  it('words a broken rule plainly, naming the field', () => {
    expect(readRequest({ rp: 1, id: 3, type: 'speed', speed: 500 })).toEqual({ ok: false, id: 3, error: 'speed: must be ≤ 50' });
  });

  it('ignores messages that are not for the widget', () => {
    expect(readRequest('hello')).toBeNull();
    expect(readRequest({ type: 'play' })).toBeNull();
    expect(readRequest(null)).toBeNull();
  });

  it('names what is wrong with a malformed request, keeping its id for the reply', () => {
    expect(readRequest({ rp: 1, id: 'a', type: 'explode' })).toMatchObject({ ok: false, id: 'a', error: expect.stringMatching(/^type: type must be one of/) });
    expect(readRequest({ rp: 1, id: 2, type: 'seek', toMs: -5 })).toMatchObject({ ok: false, id: 2, error: expect.stringMatching(/^toMs: /) });
    expect(readRequest({ rp: 1, type: 'fault', target: 's2', action: 'nuke' })).toMatchObject({ ok: false, error: expect.stringMatching(/^action: /) });
    expect(readRequest({ rp: 2, type: 'play' })).toMatchObject({ ok: false, error: expect.stringMatching(/^rp: /) });
    expect(readRequest({ rp: 1, type: 'play', extra: true })).toMatchObject({ ok: false });
  });
});

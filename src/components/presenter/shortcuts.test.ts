import { describe, expect, it } from 'vitest';
import { shortcutFor, SHORTCUTS, TYPING_SELECTOR } from './shortcuts';

describe('shortcuts', () => {
  it('maps keys to actions', () => {
    expect(shortcutFor({ key: 'ArrowRight' })).toEqual({ type: 'step', direction: 1 });
    expect(shortcutFor({ key: 'ArrowLeft' })).toEqual({ type: 'step', direction: -1 });
    expect(shortcutFor({ key: '1' })).toEqual({ type: 'select', index: 0 });
    expect(shortcutFor({ key: '9' })).toEqual({ type: 'select', index: 8 });
    expect(shortcutFor({ key: 'k' })).toEqual({ type: 'kill' });
    expect(shortcutFor({ key: 'R' })).toEqual({ type: 'revive' });
    expect(shortcutFor({ key: '?' })).toEqual({ type: 'help' });
    expect(shortcutFor({ key: '0' })).toBeNull();
    expect(shortcutFor({ key: ' ' })).toBeNull(); // the controls' own Space handler plays
  });
  it('leaves modified keys to the browser', () => {
    expect(shortcutFor({ key: 'r', ctrlKey: true })).toBeNull();
    expect(shortcutFor({ key: 'k', metaKey: true })).toBeNull();
  });
  it('never fires while typing or choosing', () => {
    // A stand-in element: `closest` answers like the DOM for a field of this tag or role.
    const el = (match: string) => ({ closest: (sel: string) => (sel.split(',').map((x) => x.trim()).includes(match) ? {} : null) });
    for (const m of ['input', 'textarea', 'select', '[role="slider"]', '[role="radio"]', '[contenteditable="true"]']) {
      expect(shortcutFor({ key: 'k', target: el(m) })).toBeNull();
    }
    expect(shortcutFor({ key: 'k', target: el('button') })).toEqual({ type: 'kill' });
    expect(TYPING_SELECTOR).toContain('input');
  });
  it('lists every shortcut in the help', () => {
    expect(SHORTCUTS.map((s) => s.keys[0])).toEqual(['Space', '→', '←', '1', 'K', 'R', '?', 'Esc']);
  });
});

// Keyboard shortcuts of the playground (and of presenter mode in particular), as data and one
// pure mapping from a key press to an action, so the help overlay and the tests read the same list.

export type ShortcutAction =
  | { type: 'toggle-play' }
  | { type: 'step'; direction: 1 | -1 }
  | { type: 'select'; index: number }
  | { type: 'kill' }
  | { type: 'revive' }
  | { type: 'help' };

export const SHORTCUTS: readonly { keys: string[]; does: string }[] = [
  { keys: ['Space'], does: 'Play or pause' },
  { keys: ['→'], does: 'Pause and step one simulated second forward' },
  { keys: ['←'], does: 'Pause and go one simulated second back' },
  { keys: ['1', '…', '9'], does: 'Select the first … ninth node' },
  { keys: ['K'], does: 'Kill the selected node' },
  { keys: ['R'], does: 'Revive the selected node' },
  { keys: ['?'], does: 'Show this help' },
  { keys: ['Esc'], does: 'Close this help, or the inspector' },
];

// Where keys already mean something: typing, choosing, sliding, pressing a focused control.
export const TYPING_SELECTOR = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="textbox"], [role="radio"]';

/** Duck-typed (anything with `closest`), so the mapping is testable without a DOM. */
export function isTyping(target: unknown): boolean {
  const el = target as { closest?: (selector: string) => unknown } | null;
  return typeof el?.closest === 'function' && el.closest(TYPING_SELECTOR) != null;
}

export type KeyPress = { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; target?: unknown };

/**
 * The action a key press asks for, or null. Space is listed in the help but handled by the
 * controls' own Space handler (components/controls/useSpaceToggle.ts), so it maps to null here.
 */
export function shortcutFor(e: KeyPress): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTyping(e.target ?? null)) return null;
  switch (e.key) {
    case 'ArrowRight': return { type: 'step', direction: 1 };
    case 'ArrowLeft': return { type: 'step', direction: -1 };
    case 'k': case 'K': return { type: 'kill' };
    case 'r': case 'R': return { type: 'revive' };
    case '?': return { type: 'help' };
  }
  if (/^[1-9]$/.test(e.key)) return { type: 'select', index: Number(e.key) - 1 };
  return null;
}

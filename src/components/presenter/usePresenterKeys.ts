// Installs the keyboard shortcuts (presenter/shortcuts.ts) on the window and carries them out
// through the session and the store, like the buttons do.
import { useEffect } from 'react';
import type { Runtime } from '../../store/runtime';
import { shortcutFor, type ShortcutAction } from './shortcuts';

// Kinds with fault actions in the inspector (components/inspector/Inspector.tsx).
const ACTIONABLE = new Set(['server', 'database', 'balancer']);
const STEP_MS = 1000;

/** Moves focus to the node's first action once the inspector has it (it animates in, ~0.2 s). */
function focusActionsOf(id: string, triesLeft = 20) {
  const panel = document.querySelector(`.inspector [data-node="${CSS.escape(id)}"]`);
  const target = panel?.querySelector<HTMLElement>('.actions button') ?? null;
  if (target) target.focus();
  else if (triesLeft > 0) setTimeout(() => focusActionsOf(id, triesLeft - 1), 50);
}

export function runShortcut(action: ShortcutAction, { store, session }: Pick<Runtime, 'store' | 'session'>, openHelp: () => void) {
  const s = store.getState();
  switch (action.type) {
    case 'help': return openHelp();
    case 'toggle-play': return s.togglePlaying();
    case 'step': {
      // A locked lesson step waits for a prediction: no peeking by stepping either.
      if (s.status !== 'ready' || s.playLock) return;
      s.setPlaying(false);
      void session.seek(Math.max(0, (s.snapshot?.simMs ?? 0) + action.direction * STEP_MS));
      return;
    }
    case 'select': {
      const node = s.topology[action.index];
      if (!node) return;
      s.select(node.id);
      // Keyboard users land on the node's actions (Kill, Revive…), not back at the top of the page.
      if (typeof document !== 'undefined') focusActionsOf(node.id);
      return;
    }
    case 'kill':
    case 'revive': {
      const node = s.topology.find((n) => n.id === s.selectedNode);
      if (!node || !ACTIONABLE.has(node.kind) || s.status !== 'ready') return;
      void session.command(node.id, { action: action.type });
      return;
    }
  }
}

export function usePresenterKeys(runtime: Runtime, openHelp: () => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      // Held arrows keep stepping; held letters must not kill twice.
      if (e.defaultPrevented || (e.repeat && e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
      const action = shortcutFor(e);
      if (!action) return;
      e.preventDefault(); // arrows must not scroll the page
      runShortcut(action, runtime, openHelp);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runtime, openHelp, enabled]);
}

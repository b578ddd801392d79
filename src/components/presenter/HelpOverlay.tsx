// The shortcut help ("?"): a modal dialog listing every shortcut. Esc or Close shuts it and
// gives the focus back to where it was.
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') { e.preventDefault(); e.stopImmediatePropagation(); onClose(); }
      // Keep Tab inside the dialog: it has one control.
      if (e.key === 'Tab') { e.preventDefault(); close.current?.focus(); }
    };
    // Capture phase: Esc closes the help before it could close the inspector too.
    window.addEventListener('keydown', onKey, true);
    return () => { window.removeEventListener('keydown', onKey, true); before?.focus?.(); };
  }, [onClose]);

  return (
    <div className="help-backdrop" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-labelledby="help-title" className="help-dialog panel" onClick={(e) => e.stopPropagation()}>
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table className="help-table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.does}>
                <th scope="row">{s.keys.map((k, i) => (k === '…' ? <span key={i}> … </span> : <kbd key={i}>{k}</kbd>))}</th>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">Shortcuts pause while you type in a field. Tab moves between controls; Enter opens a focused node.</p>
        <button ref={close} type="button" className="btn btn-primary" onClick={onClose}>Close</button>
      </div>
    </div>
  );
}

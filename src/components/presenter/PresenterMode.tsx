// Workshop mode: a Presenter button (or `?present=1`) turns on large type and full screen, and
// the "?" help. The keyboard shortcuts work in every mode; presenting just makes them the way
// to drive the page from the front of a room.
import { useCallback, useEffect, useState } from 'react';
import '../../styles/presenter.css';
import { useRuntime } from '../RuntimeContext';
import { HelpOverlay } from './HelpOverlay';
import { usePresenterKeys } from './usePresenterKeys';

const fromUrl = () => typeof location !== 'undefined' && new URLSearchParams(location.search).get('present') === '1';

async function enterFullscreen() {
  // Browsers allow it only in answer to a click or key; from the URL (no gesture yet) don't ask,
  // or Chromium logs a refusal. The large type applies either way.
  const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
  if (activation && !activation.isActive) return;
  try { if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.(); } catch { /* stays windowed */ }
}

export function PresenterMode() {
  const runtime = useRuntime();
  const [presenting, setPresenting] = useState(fromUrl);
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  const closeHelp = useCallback(() => setHelp(false), []);
  usePresenterKeys(runtime, openHelp, !help);

  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
    if (presenting) void enterFullscreen();
    return () => document.documentElement.classList.remove('presenting');
  }, [presenting]);

  const toggle = () => {
    if (presenting && document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
    setPresenting(!presenting);
  };

  return (
    <div className="presenter-tools">
      <button type="button" className="btn" aria-pressed={presenting} onClick={toggle}
        title="Large type, full screen, keyboard shortcuts">
        {presenting ? 'Leave presenter mode' : 'Presenter'}
      </button>
      <button type="button" className="btn" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={openHelp}>?</button>
      {help && <HelpOverlay onClose={closeHelp} />}
    </div>
  );
}

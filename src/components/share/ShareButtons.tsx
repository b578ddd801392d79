// "Copy link" and "Copy embed code": the run as it is now (scenario, seed, actions, moment) in a
// URL. The clipboard may be unavailable (permissions, insecure origin), so the text is also shown
// selected in a field the learner can copy by hand.
import { useState } from 'react';
import { useApp, useRuntime } from '../RuntimeContext';
import { embedSnippet, embedUrl, playgroundUrl } from './shareUrls';
import type { SharedState } from '../../share/shareLink';

type Shown = { label: string; text: string; copied: boolean } | null;

export function ShareButtons() {
  const status = useApp((s) => s.status);
  const [shown, setShown] = useState<Shown>(null);
  const runtime = useRuntime();

  function state(): SharedState {
    // Read at click time: the run keeps moving, and the link is for this exact moment.
    const store = runtime.store.getState();
    const origin = store.source.kind === 'lesson' || store.source.kind === 'example' ? store.source.id : undefined;
    return { scenario: store.scenarioDoc, seed: store.seed, commandLog: store.commandLog, atMs: store.snapshot?.simMs ?? 0, ...(origin && { origin }) };
  }

  async function share(label: string, text: string) {
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch { /* shown in the field instead */ }
    setShown({ label, text, copied });
  }

  const disabled = status !== 'ready';
  return (
    <div className="share">
      <button type="button" className="btn" disabled={disabled} onClick={() => share('Link to this moment', playgroundUrl(state(), location))}>Copy link</button>
      <button type="button" className="btn" disabled={disabled} onClick={() => share('Embed code', embedSnippet(embedUrl(state(), location), runtime.store.getState().title))}>Copy embed code</button>
      {shown && (
        <div className="share-popover" role="dialog" aria-label={shown.label}>
          <label>
            {shown.label} {shown.copied ? '(copied)' : '(copy it from here)'}
            <textarea readOnly data-testid="share-text" value={shown.text} rows={shown.text.length > 300 ? 4 : 2}
              onFocus={(e) => e.currentTarget.select()} autoFocus />
          </label>
          <button type="button" className="btn" onClick={() => setShown(null)}>Close</button>
        </div>
      )}
    </div>
  );
}

/** A damaged share link (or similar) explained at the top of the page, dismissible. */
export function NoticeBanner() {
  const notice = useApp((s) => s.notice);
  const { store } = useRuntime();
  if (!notice) return null;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <span>{notice}</span>
      <button type="button" onClick={() => store.setState({ notice: null })} aria-label="Dismiss notice">×</button>
    </div>
  );
}

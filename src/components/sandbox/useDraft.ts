// The sandbox's working copy: the editor text, validated as you type (debounced, on the main
// thread with the engine's own parser, so problems read exactly as the worker would name them).
// The text follows the running scenario only while it has no unapplied edits: loading another
// scenario never throws away work.
import { useEffect, useState } from 'react';
import { useApp } from '../RuntimeContext';
import { formatDoc } from '../../sandbox/scenarioEdits';

// Long enough to skip most keystrokes of a word, short enough to feel immediate.
const VALIDATE_AFTER_MS = 150;

export type Check = { state: 'checking' } | { state: 'valid' } | { state: 'invalid'; problems: string[] };

export function useDraft() {
  const scenarioDoc = useApp((s) => s.scenarioDoc);
  const [text, setText] = useState('');
  const [check, setCheck] = useState<Check>({ state: 'checking' });
  // The text of the running scenario the editor last matched; equal to `text` = no own edits.
  // State, not a ref: "edited" is derived from it, and must re-render when it moves.
  const [base, setBase] = useState<string | null>(null);

  useEffect(() => {
    if (scenarioDoc == null) return;
    const running = formatDoc(scenarioDoc);
    // Also follow when the text is the running scenario in other spacing (just applied).
    setText((current) => (base === null || current === base || normalized(current) === running ? running : current));
    setBase(running);
    // `base` is read as of the last render, which is the one before this scenario arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenarioDoc]);

  useEffect(() => {
    setCheck({ state: 'checking' });
    let live = true;
    const timer = setTimeout(async () => {
      const { parseScenarioText } = await import('../../engine/scenario/parse');
      if (!live) return;
      const parsed = parseScenarioText(text);
      setCheck(parsed.ok ? { state: 'valid' } : { state: 'invalid', problems: parsed.problems });
    }, VALIDATE_AFTER_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [text]);

  return { text, setText, check, edited: base !== null && text !== base, running: base };
}

function normalized(text: string): string | null {
  try {
    return formatDoc(JSON.parse(text));
  } catch {
    return null;
  }
}

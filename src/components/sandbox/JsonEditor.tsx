// The scenario as JSON, with the parser's problems listed under it; clicking a problem puts
// the cursor on the line it names.
import { useRef } from 'react';
import { lineOf, locateProblem } from '../../sandbox/locate';
import type { Check } from './useDraft';

export function JsonEditor({ text, setText, check }: { text: string; setText(t: string): void; check: Check }) {
  const area = useRef<HTMLTextAreaElement>(null);

  const focusProblem = (problem: string) => {
    const el = area.current;
    if (!el) return;
    const at = locateProblem(text, problem) ?? 0;
    const end = text.indexOf('\n', at);
    el.focus();
    el.setSelectionRange(at, end < 0 ? text.length : end);
    // Scroll the line into view: textareas do not do it for a programmatic selection.
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 18;
    el.scrollTop = Math.max(0, (lineOf(text, at) - 3) * lineHeight);
  };

  return (
    <div className="json-editor">
      <textarea ref={area} value={text} spellCheck={false} aria-label="Scenario JSON" data-testid="scenario-json"
        aria-invalid={check.state === 'invalid'} aria-describedby="sandbox-problems"
        onChange={(e) => setText(e.target.value)}
        // Tab is left to move focus on (no keyboard trap); indent with spaces.
        />
      <div id="sandbox-problems" aria-live="polite">
        {check.state === 'invalid' && (
          <ul className="sandbox-problems" data-testid="sandbox-problems">
            {check.problems.map((p) => (
              <li key={p}>
                <button type="button" className="problem-link mono" onClick={() => focusProblem(p)}
                  title="Show this in the editor">{p}</button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

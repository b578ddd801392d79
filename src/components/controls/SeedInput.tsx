// The seed of the run, and Reset. A new seed takes effect on Enter or Reset: the same
// scenario with the same seed and the same actions replays exactly.
import { useEffect, useId, useState } from 'react';
import { useApp, useRuntime } from '../RuntimeContext';

const MAX_SEED = 2 ** 32 - 1;

function parseSeed(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return n <= MAX_SEED ? n : null;
}

export function SeedInput() {
  const { session } = useRuntime();
  const seed = useApp((s) => s.seed);
  const status = useApp((s) => s.status);
  const [draft, setDraft] = useState(String(seed));
  useEffect(() => setDraft(String(seed)), [seed]);
  const id = useId();
  const parsed = parseSeed(draft);

  const reset = () => void session.reset(parsed ?? undefined);

  return (
    <>
      <div className="seed">
        <label htmlFor={id}>Seed</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          value={draft}
          aria-invalid={parsed === null}
          title="Random seed: Enter restarts the run with it"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && parsed !== null) reset(); }}
        />
      </div>
      <button type="button" className="btn" onClick={reset} disabled={status === 'loading'}
        title="Start again from time 0 with this seed">
        Reset
      </button>
    </>
  );
}

// One scenario field edited in place: the value is sent with session.setParam when the learner
// commits it (Enter or leaving the field); the run replays to the same moment with it. A refused
// value stays in the field, marked invalid, with the engine's own sentence under it.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useRuntime } from '../RuntimeContext';

export function useSetParam() {
  const { session } = useRuntime();
  const [problems, setProblems] = useState<string[]>([]);
  const set = async (path: string, value: unknown) => {
    const answer = await session.setParam(path, value);
    setProblems(answer.ok ? [] : answer.problems);
    return answer.ok;
  };
  return { set, problems };
}

export function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return <ul className="error-note" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>;
}

type Props = { label: ReactNode; path: string; value: number | undefined; unit?: string; min?: number; step?: number };

export function NumberField({ label, path, value, unit, min = 0, step = 1 }: Props) {
  const id = useId();
  const { set, problems } = useSetParam();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    if (text.trim() === '' || Number(text) === value) return;
    // Numbers go as numbers; anything else goes as typed so the engine names the problem.
    void set(path, Number.isFinite(Number(text)) ? Number(text) : text);
  };
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}{unit ? ` (${unit})` : ''}</label>
        <input id={id} type="number" min={min} step={step} value={text} aria-invalid={problems.length > 0 || undefined}
          data-path={path} onChange={(e) => setText(e.target.value)} onBlur={commit}
          onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
      </div>
      <Problems problems={problems} />
    </>
  );
}

// A number box that keeps what is typed ("0.", "") while passing the number on: re-deriving
// the text from the document on every keystroke would jump the caret and eat a trailing dot.
import { useEffect, useId, useState } from 'react';
import { numberField } from '../../sandbox/scenarioEdits';

type Props = { label: string; value: unknown; onChange(v: number | string | undefined): void; hint?: string; testId?: string };

export function NumberField({ label, value, onChange, hint, testId }: Props) {
  const id = useId();
  // Text that is not a number stays in the document as typed (so the validator can quote it).
  const shown = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  const [text, setText] = useState(shown);
  useEffect(() => { setText((t) => (numberField(t) === value ? t : shown)); }, [value, shown]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="decimal" value={text} placeholder={hint ?? 'default'} data-testid={testId}
        onChange={(e) => { setText(e.target.value); onChange(numberField(e.target.value)); }} />
    </div>
  );
}

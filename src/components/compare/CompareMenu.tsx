// The "Compare" button: opens a side-by-side run from a preset (a new page load, so the second
// worker exists only while comparing).
import { useId, useState } from 'react';
import { COMPARE_PRESETS, compareSearch } from './compareSpec';

export function CompareMenu() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="compare-menu">
      <button type="button" className="btn" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>Compare…</button>
      {open && (
        <ul id={id} className="menu" aria-label="Side-by-side comparisons">
          {COMPARE_PRESETS.map((p) => (
            <li key={p.title}><a href={compareSearch(p.spec)}>{p.title}</a></li>
          ))}
        </ul>
      )}
    </div>
  );
}

// Scenarios saved in this browser: save the editor's text under a name, load one back into
// the editor, delete. A broken store shows its message and the list goes on working.
import { useId, useMemo, useState } from 'react';
import { browserStorage, createSavedScenarios, type SavedScenario } from '../../sandbox/savedScenarios';

export function SavedList({ text, title, onLoad }: { text: string; title: string; onLoad(text: string, name: string): void }) {
  const saved = useMemo(() => createSavedScenarios(browserStorage()), []);
  const [state, setState] = useState(() => saved.list());
  const [note, setNote] = useState<string | null>(null);
  const [name, setName] = useState('');
  const id = useId();

  const after = (r: { ok: true; items: SavedScenario[] } | { ok: false; problem: string }, done: string) => {
    if (r.ok) { setState(saved.list()); setNote(done); } else setNote(r.problem);
  };

  return (
    <div className="saved">
      <form className="save-row" onSubmit={(e) => { e.preventDefault(); after(saved.save(name || title, text), `Saved “${(name || title).trim()}”.`); }}>
        <label htmlFor={id}>Name</label>
        <input id={id} type="text" value={name} placeholder={title || 'my scenario'} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="btn">Save</button>
      </form>
      {state.problem && <p className="error-note" role="alert">{state.problem}</p>}
      {note && <p className="hint" role="status">{note}</p>}
      {state.items.length === 0
        ? <p className="hint">Nothing saved in this browser yet.</p>
        : (
          <ul className="saved-list" aria-label="Saved scenarios">
            {state.items.map((item) => (
              <li key={item.name}>
                <span className="saved-name">{item.name}</span>
                <span className="muted saved-date">{new Date(item.savedAtMs).toLocaleString()}</span>
                <button type="button" className="btn btn-small" onClick={() => { onLoad(item.text, item.name); setNote(`Loaded “${item.name}” into the editor.`); }}>Load</button>
                <button type="button" className="btn btn-small btn-danger" aria-label={`Delete ${item.name}`}
                  onClick={() => after(saved.remove(item.name), `Deleted “${item.name}”.`)}>Delete</button>
              </li>
            ))}
          </ul>
        )}
    </div>
  );
}

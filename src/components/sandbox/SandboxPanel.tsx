// The sandbox: the running scenario with every knob open. Forms and a JSON editor share one
// draft; Apply loads it only when the parser accepts it, so a broken draft never stops the run
// on screen and the editor never loses the text.
import { useRef, useState } from 'react';
import { useApp, useRuntime } from '../RuntimeContext';
import { modeStore } from '../mode';
import { formatDoc, type Doc } from '../../sandbox/scenarioEdits';
import { download, fileName } from '../export/seriesExport';
import { useDraft } from './useDraft';
import { JsonEditor } from './JsonEditor';
import { NodeForms } from './NodeForms';
import { SavedList } from './SavedList';
import '../../styles/features.css';

type Tab = 'forms' | 'json' | 'saved';

export function SandboxPanel() {
  const { store, session } = useRuntime();
  const title = useApp((s) => s.title);
  const { text, setText, check, edited } = useDraft();
  const [tab, setTab] = useState<Tab>('forms');
  const [note, setNote] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  let doc: Doc | null = null;
  try { doc = JSON.parse(text) as Doc; } catch { /* the JSON tab names the syntax problem */ }
  const edit = (fn: (d: Doc) => Doc) => {
    if (!doc) return setNote('Fix the JSON syntax first (see the JSON tab).');
    try { setText(formatDoc(fn(doc))); setNote(null); } catch (e) { setNote(e instanceof Error ? e.message : String(e)); }
  };

  const apply = () => {
    if (check.state !== 'valid' || !doc) return setNote('Fix the problems first: the run on screen keeps going until then.');
    const name = typeof doc.title === 'string' && doc.title ? doc.title : 'untitled';
    void session.load({ kind: 'file', name: `Sandbox: ${name}`, scenario: doc });
    setNote('Applied: the run starts again from 0.');
  };

  const exportRunning = () => {
    const { scenarioDoc, title: t } = store.getState();
    if (scenarioDoc == null) return setNote('Nothing is running to export.');
    download(new Blob([formatDoc(scenarioDoc) + '\n'], { type: 'application/json' }), fileName(t, 0, 'json').replace('-at-0s', ''));
  };

  const problems = check.state === 'invalid' ? check.problems.length : 0;
  return (
    <aside className="panel sandbox" aria-label="Sandbox">
      <div className="panel-head">
        <h2>Sandbox</h2>
        <button type="button" className="btn btn-ghost close" aria-label="Leave the sandbox" onClick={() => modeStore.getState().setSandbox(false)}>×</button>
      </div>
      <div className="sandbox-bar">
        <button type="button" className="btn btn-primary" onClick={apply} disabled={check.state !== 'valid' || !edited}
          title={edited ? 'Run this scenario from the start' : 'The editor matches the run'}>Apply</button>
        <button type="button" className="btn" onClick={() => fileInput.current?.click()}>Import…</button>
        <button type="button" className="btn" onClick={exportRunning} title="Download the scenario the run is using">Export</button>
        <span className={`draft-status draft-${check.state}`} data-testid="draft-status" role="status">
          {check.state === 'checking' ? 'checking…' : check.state === 'valid' ? (edited ? 'valid, not applied' : 'running') : `${problems} problem${problems > 1 ? 's' : ''}`}
        </span>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden
          onChange={async (e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) { setText(await f.text()); setTab('json'); setNote(`Imported ${f.name}: check it, then Apply.`); } }} />
      </div>
      {note && <p className="hint sandbox-note" role="status">{note}</p>}
      <div className="tabs" role="tablist" aria-label="Sandbox views">
        {(['forms', 'json', 'saved'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={`tab${tab === t ? ' active' : ''}`} onClick={() => setTab(t)}>
            {{ forms: 'Nodes', json: `JSON${problems ? ` (${problems})` : ''}`, saved: 'Saved' }[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'forms' && (doc ? <NodeForms doc={doc} edit={edit} /> : <p className="error-note">The JSON does not parse; fix it in the JSON tab.</p>)}
        {tab === 'json' && <JsonEditor text={text} setText={setText} check={check} />}
        {tab === 'saved' && <SavedList text={text} title={title} onLoad={(t) => { setText(t); setTab('json'); }} />}
      </div>
      {tab === 'forms' && check.state === 'invalid' && <FormProblems problems={check.problems} onShow={() => setTab('json')} />}
    </aside>
  );
}

function FormProblems({ problems, onShow }: { problems: string[]; onShow(): void }) {
  return (
    <div className="error-note" role="alert">
      <ul className="sandbox-problems">{problems.map((p) => <li key={p} className="mono">{p}</li>)}</ul>
      <button type="button" className="btn btn-small" onClick={onShow}>Show in the JSON</button>
    </div>
  );
}

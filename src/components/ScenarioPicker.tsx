// Choose what to run: a lesson, a supported example, or a scenario JSON file from disk.
// Files are validated in the worker like everything else; problems are listed, never a crash.
import { useId, useRef } from 'react';
import { EXAMPLES, LESSONS, sourceKey, type Source } from '../lessons/catalog';
import { courseOrder } from '../lessons/course';
import { useApp, useRuntime } from './RuntimeContext';
import { modeStore } from './mode';

export function ScenarioPicker() {
  const { session, store } = useRuntime();
  const source = useApp((s) => s.source);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const choose = (key: string) => {
    const [kind, ...rest] = key.split(':');
    const name = rest.join(':');
    // The sandbox edits whatever runs now; a lesson brings its own panel back.
    if (key === 'sandbox:open') return modeStore.getState().setSandbox(true);
    if (kind === 'lesson') modeStore.getState().setSandbox(false);
    if (kind === 'lesson' || kind === 'example') void session.load({ kind, id: name } as Source);
  };

  const importFile = async (file: File) => {
    const text = await file.text();
    // Checked here, where the file is read, so a broken file never replaces the running
    // simulation in the worker. Loaded lazily: the page needs the validator only for imports.
    // (This import also lets Vite's start-up dependency scan, which does not follow
    // `new Worker(new URL(…))`, find zod; otherwise a first visit reloads the page once.)
    const { parseScenario } = await import('../engine/scenario/parse');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON at all (an image, a text file): say so and keep the run that is on screen.
      store.setState({ notice: `“${file.name}” is not valid JSON, so it cannot be a scenario. Nothing was changed.` });
      return;
    }
    const parsed = parseScenario(json);
    store.setState({ notice: null }); // an earlier refusal no longer applies
    void session.load(parsed.ok
      ? { kind: 'file', name: file.name, scenario: json }
      : { kind: 'file', name: file.name, scenario: null, problems: parsed.problems });
  };

  return (
    <div className="picker">
      <label htmlFor={id}>Scenario</label>
      <select id={id} value={sourceKey(source)} onChange={(e) => choose(e.target.value)}>
        <optgroup label="Lessons">
          {courseOrder(LESSONS).map((l, i) => <option key={l.id} value={`lesson:${l.id}`}>{i + 1}. {l.title}</option>)}
        </optgroup>
        <optgroup label="Examples (sandbox)">
          {EXAMPLES.map((e) => <option key={e.id} value={`example:${e.id}`}>{e.title}</option>)}
        </optgroup>
        <optgroup label="Sandbox">
          <option value="sandbox:open">Sandbox: edit this scenario, every knob open</option>
        </optgroup>
        {source.kind === 'file' && <option value={sourceKey(source)}>File: {source.name}</option>}
        {source.kind === 'example' && !EXAMPLES.some((e) => e.id === source.id) && (
          <option value={sourceKey(source)}>Unknown: {source.id}</option>
        )}
      </select>
      <button type="button" className="btn" onClick={() => fileInput.current?.click()}>Import JSON…</button>
      <input ref={fileInput} type="file" accept="application/json,.json" hidden
        onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
    </div>
  );
}

// Which page the playground shows: the normal view, the sandbox (every knob open) or a side-by-
// side comparison. Read from the URL (`?sandbox=1`, `?compare=…`) so the modes can be linked to.
import { createStore, useStore } from 'zustand';
import { parseCompareParams, type CompareSpec } from './compare/compareSpec';

type ModeState = { sandbox: boolean; compare: CompareSpec | null; setSandbox(on: boolean): void };

const search = typeof location === 'undefined' ? '' : location.search;

export const modeStore = createStore<ModeState>()((set) => ({
  sandbox: new URLSearchParams(search).get('sandbox') === '1',
  compare: parseCompareParams(search),
  setSandbox(on) {
    set({ sandbox: on });
    // Keep the address in step so a reload (or a copied link) opens the same mode.
    const url = new URL(location.href);
    if (on) url.searchParams.set('sandbox', '1');
    else url.searchParams.delete('sandbox');
    history.replaceState(history.state, '', url);
  },
}));

export const useMode = <T,>(selector: (s: ModeState) => T) => useStore(modeStore, selector);

// Hands the runtime (store, bridge, session) to components, and a selector hook over the store.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Runtime } from '../store/runtime';
import type { AppState } from '../store/store';

export const RuntimeContext = createContext<Runtime | null>(null);

export function useRuntime(): Runtime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('useRuntime: no RuntimeContext.Provider above this component');
  return runtime;
}

/** Reads the store with a selector; return primitives or stable references (STYLE principle 8). */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useRuntime().store, selector);
}

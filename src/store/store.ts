// One vanilla store made of slices (the zustand way): the session and the play loop use it
// without React; components read it through `useApp` with selectors.
import { createStore, useStore, type StoreApi } from 'zustand';
import { createSimSlice, type SimSlice } from './simSlice';
import { createControlsSlice, type ControlsSlice } from './controlsSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createChangesSlice, type ChangesSlice } from './changesSlice';

export type AppState = SimSlice & ControlsSlice & UiSlice & ChangesSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createSimSlice(...a),
    ...createControlsSlice(...a),
    ...createUiSlice(...a),
    ...createChangesSlice(...a),
  }));
}

export { useStore };

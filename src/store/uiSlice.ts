// What the learner is looking at: the loaded source and the selected node.
import type { StateCreator } from 'zustand';
import type { Source } from '../lessons/catalog';

export type UiSlice = {
  source: Source;
  selectedNode: string | null;
  select(id: string | null): void;
};

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  source: { kind: 'lesson', id: 'redundancy' },
  selectedNode: null,
  select: (selectedNode) => set({ selectedNode }),
});

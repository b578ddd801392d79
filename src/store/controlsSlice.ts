// Playback controls: whether time runs, how fast, and with which seed.
import type { StateCreator } from 'zustand';

// 0.1× lets a learner follow single requests; 50× compresses a minute of outage into ~1 s.
export const MIN_SPEED = 0.1;
export const MAX_SPEED = 50;

export type ControlsSlice = {
  playing: boolean;
  speed: number;
  /** The seed of the run on screen; changing it starts a new run. */
  seed: number;
  /** Why Play is locked (a lesson waits for a prediction), or null. Locked means paused. */
  playLock: string | null;
  setPlayLock(reason: string | null): void;
  setPlaying(playing: boolean): void;
  togglePlaying(): void;
  setSpeed(speed: number): void;
};

export const clampSpeed = (s: number) =>
  Number.isFinite(s) ? Math.min(MAX_SPEED, Math.max(MIN_SPEED, s)) : 1;

export const createControlsSlice: StateCreator<ControlsSlice, [], [], ControlsSlice> = (set) => ({
  playing: false,
  speed: 1,
  seed: 1,
  playLock: null,
  // Locking pauses too: a learner must not watch the answer before predicting it.
  setPlayLock: (playLock) => set((s) => ({ playLock, playing: playLock ? false : s.playing })),
  setPlaying: (playing) => set((s) => ({ playing: playing && !s.playLock })),
  togglePlaying: () => set((s) => ({ playing: !s.playing && !s.playLock })),
  setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
});

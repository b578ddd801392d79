// Playback controls: Play/Pause, Step, speed, Reset and seed.
import { useCallback } from 'react';
import { useApp, useRuntime } from '../RuntimeContext';
import { STEP_MS } from '../../store/session';
import { SpeedSlider } from './SpeedSlider';
import { SpeedBehind } from './SpeedBehind';
import { SeedInput } from './SeedInput';
import { useSpaceToggle } from './useSpaceToggle';

function PlayIcon({ playing }: { playing: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      {playing ? <path d="M3 2h3v10H3zM8 2h3v10H8z" fill="currentColor" /> : <path d="M3 1.5v11L12 7z" fill="currentColor" />}
    </svg>
  );
}

export function Controls() {
  const { store, session } = useRuntime();
  const playing = useApp((s) => s.playing);
  const ready = useApp((s) => s.status === 'ready');
  const playLock = useApp((s) => s.playLock);
  const toggle = useCallback(() => {
    if (store.getState().status === 'ready') store.getState().togglePlaying();
  }, [store]);
  useSpaceToggle(toggle);

  return (
    <div className="controls" role="toolbar" aria-label="Playback">
      <button type="button" className="btn btn-primary play" onClick={toggle} disabled={!ready || !!playLock}
        title={playLock ?? 'Play or pause (Space)'}>
        <PlayIcon playing={playing} /><span>{playing ? 'Pause' : 'Play'}</span>
      </button>
      <button type="button" className="btn" onClick={() => session.step()} disabled={!ready || !!playLock}
        title={`Pause and advance ${STEP_MS} ms of simulated time`}>
        Step
      </button>
      <SpeedSlider />
      <SpeedBehind />
      <SeedInput />
    </div>
  );
}

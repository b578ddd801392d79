// Entry point: read the URL, start the runtime (worker, store, play loop) once, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MotionConfig } from 'motion/react';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { RuntimeContext } from './components/RuntimeContext';
import { startRuntime } from './store/runtime';
import { parseStartParams } from './store/startParams';
import './styles/base.css';
import './styles/layout.css';
import './styles/topology.css';
import './styles/panels.css';

const runtime = startRuntime(parseStartParams(location.search, location.hash));
// A test or a workshop console can reach the store: `__playground.store.getState()`.
(window as unknown as { __playground: typeof runtime }).__playground = runtime;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary area="page">
      <RuntimeContext.Provider value={runtime}>
        {/* Honour the system's reduce-motion setting: state changes swap instead of animating. */}
        <MotionConfig reducedMotion="user">
          <App />
        </MotionConfig>
      </RuntimeContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
);

// Entry of embed.html: `?lesson=ID`, `?scenario=ID` or `#s=<share link>`; `&chart=1` adds the chart.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MotionConfig } from 'motion/react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { RuntimeContext } from '../components/RuntimeContext';
import { startRuntime } from '../store/runtime';
import { parseStartParams } from '../store/startParams';
import { EmbedApp } from './EmbedApp';
import { connectHost } from './hostBridge';
import { createEmbedSteps } from './embedSteps';
import { findLesson } from '../lessons/catalog';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/topology.css';
import '../styles/panels.css';
import '../styles/embed.css';

const params = parseStartParams(location.search, location.hash);
const runtime = startRuntime(params);
// A share link (#s=…) may carry another scenario; steps belong only to a plain lesson widget.
const steps = params.source.kind === 'lesson' && !params.hash ? createEmbedSteps(findLesson(params.source.id)) : null;
(window as unknown as { __playground: typeof runtime }).__playground = runtime;
const root = document.getElementById('root')!;
connectHost(runtime, root, steps?.goTo ?? null);

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary area="widget">
      <RuntimeContext.Provider value={runtime}>
        <MotionConfig reducedMotion="user">
          <EmbedApp chart={new URLSearchParams(location.search).get('chart') === '1'} steps={steps} />
        </MotionConfig>
      </RuntimeContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
);

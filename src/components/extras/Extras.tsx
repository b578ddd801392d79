// The panels under the live chart that only some scenarios need: the 100 ms arrivals chart when
// clients retry, queue charts when there are queues, the sync/async switch on a registration
// route, and the lesson's parameter sweep.
import { findLesson } from '../../lessons/catalog';
import { useApp } from '../RuntimeContext';
import { ArrivalsChart } from '../chart/ArrivalsChart';
import { QueueCharts } from '../chart/QueueCharts';
import { SweepPanel } from '../sweep/SweepPanel';
import { SyncAsyncToggle } from './SyncAsyncToggle';
import '../../styles/retries-jobs.css';

const hasRetry = (doc: unknown) => JSON.stringify(doc ?? null).includes('"retry"');

export function Extras() {
  const source = useApp((s) => s.source);
  const retries = useApp((s) => hasRetry(s.scenarioDoc));
  const queues = useApp((s) => s.topology.filter((n) => n.kind === 'queue').map((n) => n.id).join(','));
  const lesson = source.kind === 'lesson' ? findLesson(source.id) : undefined;
  return (
    <>
      <SyncAsyncToggle />
      {retries && <ArrivalsChart />}
      {queues && queues.split(',').map((q) => <QueueCharts key={q} queue={q} />)}
      {lesson?.sweep && <SweepPanel owner={lesson.id} plan={lesson.sweep} />}
    </>
  );
}

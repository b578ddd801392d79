// The side panel: the lesson's text and goals, or a note about the example on screen.
import { findLesson, LESSONS } from '../../lessons/catalog';
import { useApp } from '../RuntimeContext';
import { GoalView } from './GoalView';
import { LessonKnobs } from './LessonKnobs';
import { Markdown } from './Markdown';
import { StepView } from './StepView';
import { VariantTabs } from './VariantTabs';
import { PresetTable } from './PresetTable';
import { progressStore } from '../../lessons/progressStore';
import { markDone } from '../../lessons/progress';
import { courseNumber, LessonIndex } from '../course/LessonIndex';

export function LessonPanel() {
  const source = useApp((s) => s.source);
  const title = useApp((s) => s.title);
  const status = useApp((s) => s.status);
  const lesson = source.kind === 'lesson' ? findLesson(source.id) : undefined;
  if (!lesson) return <SandboxNote kind={source.kind} title={title} invalid={status === 'invalid'} />;
  return (
    <aside className="panel lesson" aria-label="Lesson">
      <LessonIndex />
      <p className="eyebrow">Lesson {courseNumber(lesson.id) || LESSONS.indexOf(lesson) + 1}</p>
      <h2>{lesson.title}</h2>
      <VariantTabs lesson={lesson} />
      <Markdown text={lesson.text} />
      {lesson.widget === 'breaker-presets' && <PresetTable />}
      {lesson.knobs && <LessonKnobs knobs={lesson.knobs} />}
      {lesson.steps?.length ? <StepView key={lesson.id} lesson={lesson} steps={lesson.steps} /> : <>
        <h3 className="goals-head">Goal</h3>
        {lesson.goals.map((g) => <GoalView key={g.id} goal={g}
          onStatus={(st) => { if (st === 'met') progressStore.getState().update(lesson.id, (l) => markDone(l, g.id)); }} />)}
      </>}
    </aside>
  );
}

function SandboxNote({ kind, title, invalid }: { kind: string; title: string; invalid: boolean }) {
  return (
    <aside className="panel lesson" aria-label="About this scenario">
      <LessonIndex />
      <p className="eyebrow">{kind === 'file' ? 'Imported scenario' : 'Example'}</p>
      <h2>{invalid ? 'Nothing to run yet' : title || 'Scenario'}</h2>
      <div className="prose">
        {invalid ? (
          <p>The scenario has problems, listed beside this panel. Fix them, or choose a lesson from the list above.</p>
        ) : (
          <>
            <p>No lesson text here: this is the sandbox. Press <strong>Play</strong>, click any balancer or server, and break it.</p>
            <p>Scheduled faults in the scenario happen on their own; watch the clock and the actions log.</p>
          </>
        )}
      </div>
    </aside>
  );
}

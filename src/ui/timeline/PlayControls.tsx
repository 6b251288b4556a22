/**
 * The timeline's play controls: step back, play or pause, step forward, loop, and the step and
 * speed playing goes by.
 */
import { TIME_STEPS, type TimeStep } from '../../domain/timeRange';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { PLAY_SPEEDS, type Player } from './usePlayer';

export const STEP_LABELS: Record<TimeStep, { label: string; noun: string }> = {
  day: { label: 'Day', noun: 'day' },
  week: { label: 'Week', noun: 'week' },
  month: { label: 'Month', noun: 'month' },
};

const STEP_CHOICES = TIME_STEPS.map((id) => ({ id, label: STEP_LABELS[id].label }));

type IconName = 'back' | 'play' | 'pause' | 'forward' | 'loop';

/** A button named by its symbol alone: its name is its label and its tooltip. */
function IconButton({
  icon,
  label,
  pressed,
  onClick,
}: {
  icon: IconName;
  label: string;
  /** For a switch (Loop): whether it is on. */
  pressed?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="button small icon-button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}

export function PlayControls({
  player,
  step,
  onStep,
}: {
  player: Player;
  step: TimeStep;
  onStep: (step: TimeStep) => void;
}) {
  // A step by hand stops playing: the reader has taken over.
  const stepBy = (move: () => void) => () => {
    player.pause();
    move();
  };
  return (
    <div className="timeline-play" role="group" aria-label="Play through time">
      <IconButton icon="back" label="Step back" onClick={stepBy(player.stepBack)} />
      <IconButton
        icon={player.playing ? 'pause' : 'play'}
        label={player.playing ? 'Pause' : 'Play'}
        onClick={player.playing ? player.pause : player.play}
      />
      <IconButton icon="forward" label="Step forward" onClick={stepBy(player.stepForward)} />
      <IconButton
        icon="loop"
        label="Loop"
        pressed={player.loop}
        onClick={() => player.setLoop(!player.loop)}
      />
      <ChoiceSelect
        className="timeline-field"
        labelClassName="wide-only"
        label="Step"
        choices={STEP_CHOICES}
        value={step}
        onChoose={onStep}
      />
      <ChoiceSelect
        className="timeline-field"
        labelClassName="wide-only"
        label="Speed"
        choices={PLAY_SPEEDS}
        value={player.speed}
        onChoose={player.setSpeed}
      />
    </div>
  );
}

/** The play controls' symbols, drawn in a 16-unit box in the text colour. */
function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {name === 'play' && <path d="M4 2.5 L13.5 8 L4 13.5 Z" />}
      {name === 'pause' && (
        <>
          <rect x="3.5" y="2.5" width="3" height="11" />
          <rect x="9.5" y="2.5" width="3" height="11" />
        </>
      )}
      {name === 'back' && (
        <>
          <rect x="2.5" y="2.5" width="2" height="11" />
          <path d="M13.5 2.5 L5.5 8 L13.5 13.5 Z" />
        </>
      )}
      {name === 'forward' && (
        <>
          <rect x="11.5" y="2.5" width="2" height="11" />
          <path d="M2.5 2.5 L10.5 8 L2.5 13.5 Z" />
        </>
      )}
      {name === 'loop' && (
        <path
          className="icon-stroke"
          d="M3 9.5 A5 5 0 0 1 12.2 5 M13 6.5 A5 5 0 0 1 3.8 11 M12.5 2 V5.3 H9.2 M3.5 14 V10.7 H6.8"
        />
      )}
    </svg>
  );
}

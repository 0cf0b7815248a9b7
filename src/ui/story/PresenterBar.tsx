// The presenter's top bar: story title, step counter, buttons, and a progress bar under it all.
import type { ReactNode } from "react";
import { isLastStep, progress, stepLabel, type StoryPlayback } from "../../state";

export interface PresenterBarProps {
  title: string;
  playback: StoryPlayback;
  hideUnconfirmed: boolean;
  fullscreen: boolean;
  preparingHandout: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** Absent in a story handed out as a page: there is no explorer to go to. */
  onExplore?: () => void;
  onHideUnconfirmed: () => void;
  onFullscreen: () => void;
  projector: boolean;
  onProjector: () => void;
  onPrint: () => void;
  onExit?: () => void;
  /** More buttons before Exit (e.g. "Save as page"). */
  extraControls?: ReactNode;
}

export function PresenterBar(props: PresenterBarProps) {
  const { playback } = props;
  const last = isLastStep(playback);
  const label = stepLabel(playback);
  return (
    <header className="presenter-bar">
      <div className="presenter-bar-row">
        <h1 className="presenter-title" title={props.title}>{props.title}</h1>
        <p className="presenter-counter">{label}</p>
        <div className="presenter-controls" role="group" aria-label="Presentation controls">
          <button type="button" onClick={props.onPrevious} disabled={playback.step === 0} title="Previous step (← or PageUp)">
            <span aria-hidden="true">← </span>Previous
          </button>
          {last && props.onExplore ? (
            <button type="button" className="presenter-primary" onClick={props.onExplore} title="Leave the story and explore this view">
              Explore freely
            </button>
          ) : (
            <button type="button" className="presenter-primary" onClick={props.onNext} disabled={last} title="Next step (→, Space or PageDown)">
              Next<span aria-hidden="true"> →</span>
            </button>
          )}
          <button type="button" aria-pressed={props.hideUnconfirmed} onClick={props.onHideUnconfirmed} title="Hide claims that are only claimed, disputed or denied">
            Hide unconfirmed
          </button>
          <button type="button" aria-pressed={props.projector} onClick={props.onProjector} title="High contrast, large type for projectors">
            Projector theme
          </button>
          <button type="button" aria-pressed={props.fullscreen} onClick={props.onFullscreen} title="Fullscreen (F)">
            Fullscreen
          </button>
          <button type="button" onClick={props.onPrint} disabled={props.preparingHandout}>
            {props.preparingHandout ? "Preparing handout…" : "Print handout"}
          </button>
          {props.extraControls}
          {props.onExit && (
            <button type="button" onClick={props.onExit} title="Leave the story (Esc)">
              Exit
            </button>
          )}
        </div>
      </div>
      <div
        className="presenter-progress"
        role="progressbar"
        aria-label="Story progress"
        aria-valuemin={1}
        aria-valuemax={Math.max(1, playback.stepCount)}
        aria-valuenow={Math.min(playback.step + 1, Math.max(1, playback.stepCount))}
        aria-valuetext={label}
      >
        <div className="presenter-progress-fill" style={{ width: `${Math.round(progress(playback) * 1000) / 10}%` }} />
      </div>
    </header>
  );
}

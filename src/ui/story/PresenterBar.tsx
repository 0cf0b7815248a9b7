// The presenter's top bar: story title, step counter, buttons, and a progress bar under it all.
import type { ReactNode } from "react";
import { isLastStep, progress, type StoryPlayback } from "../../state";
import { useT } from "../i18n/I18nProvider";

export interface PresenterBarProps {
  title: string;
  /** The dataset's language, which the story title is written in. */
  lang: string | undefined;
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
  const t = useT();
  const label =
    playback.stepCount <= 0
      ? t("presenter.noSteps")
      : t("presenter.stepOf", { step: Math.min(playback.step, playback.stepCount - 1) + 1, count: playback.stepCount });
  return (
    <header className="presenter-bar">
      <div className="presenter-bar-row">
        <h1 className="presenter-title" title={props.title} lang={props.lang} dir="auto">
          {props.title}
        </h1>
        <p className="presenter-counter">{label}</p>
        <div className="presenter-controls" role="group" aria-label={t("presenter.controls")}>
          <button
            type="button"
            onClick={props.onPrevious}
            disabled={playback.step === 0}
            title={t("presenter.previousHint")}
          >
            <span aria-hidden="true" className="flip-rtl">
              ←{" "}
            </span>
            {t("presenter.previous")}
          </button>
          {last && props.onExplore ? (
            <button
              type="button"
              className="presenter-primary"
              onClick={props.onExplore}
              title={t("presenter.exploreHint")}
            >
              {t("presenter.explore")}
            </button>
          ) : (
            <button
              type="button"
              className="presenter-primary"
              onClick={props.onNext}
              disabled={last}
              title={t("presenter.nextHint")}
            >
              {t("presenter.next")}
              <span aria-hidden="true" className="flip-rtl">
                {" "}
                →
              </span>
            </button>
          )}
          <button
            type="button"
            aria-pressed={props.hideUnconfirmed}
            onClick={props.onHideUnconfirmed}
            title={t("presenter.hideHint")}
          >
            {t("presenter.hide")}
          </button>
          <button
            type="button"
            aria-pressed={props.projector}
            onClick={props.onProjector}
            title={t("tools.projectorHint")}
          >
            {t("tools.projector")}
          </button>
          <button
            type="button"
            aria-pressed={props.fullscreen}
            onClick={props.onFullscreen}
            title={t("presenter.fullscreenHint")}
          >
            {t("presenter.fullscreen")}
          </button>
          <button type="button" onClick={props.onPrint} disabled={props.preparingHandout}>
            {props.preparingHandout ? t("presenter.preparingHandout") : t("presenter.printHandout")}
          </button>
          {props.extraControls}
          {props.onExit && (
            <button type="button" onClick={props.onExit} title={t("presenter.exitHint")}>
              {t("presenter.exit")}
            </button>
          )}
        </div>
      </div>
      <div
        className="presenter-progress"
        role="progressbar"
        aria-label={t("presenter.progress")}
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

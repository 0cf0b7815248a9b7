// The draft story being written: its title, its steps, and adding the current view as a step.
import { LIMITS } from "../../model";
import {
  addStep,
  titled,
  moveStep,
  removeStep,
  renameStory,
  updateStep,
  type CapturedStep,
  type DraftStory,
} from "../../state";
import { DraftStepItem } from "./DraftStepItem";
import { useT } from "../i18n/I18nProvider";

export interface DraftEditorProps {
  draft: DraftStory;
  capture: () => CapturedStep;
  /** `deleted` names what was removed, so that the change can be offered for undo. */
  onChange: (draft: DraftStory, deleted?: string) => void;
  onPlay: (step: number) => void;
  onDelete: () => void;
}

export function DraftEditor({ draft, capture, onChange, onPlay, onDelete }: DraftEditorProps) {
  const t = useT();
  const count = draft.steps.length;
  return (
    <div className="draft-editor">
      <label className="draft-field">
        <span>{t("story.title")}</span>
        <input
          type="text"
          value={draft.title}
          maxLength={LIMITS.title}
          onChange={(event) => onChange({ ...draft, title: event.target.value })}
          onBlur={() => onChange(renameStory(draft, draft.title, t("story.untitled")))}
        />
      </label>
      {count === 0 ? (
        <p className="hint">{t("story.noSteps")}</p>
      ) : (
        <ol className="draft-steps" aria-label={t("story.stepsOf", { title: draft.title })}>
          {draft.steps.map((step, index) => (
            <DraftStepItem
              key={step.id}
              step={step}
              number={index + 1}
              count={count}
              onChange={(patch) => onChange(updateStep(draft, step.id, patch))}
              onMove={(delta) => onChange(moveStep(draft, step.id, delta))}
              onDelete={() =>
                onChange(removeStep(draft, step.id), t("story.stepDeleted", { number: index + 1, title: step.title }))
              }
              onPreview={() => onPlay(index)}
            />
          ))}
        </ol>
      )}
      <div className="draft-actions">
        <button
          type="button"
          onClick={() =>
            onChange(addStep(draft, titled(capture(), t("story.defaultStepTitle", { number: draft.steps.length + 1 }))))
          }
        >
          {t("story.addStep")}
        </button>
        <button
          type="button"
          onClick={() => onPlay(0)}
          disabled={count === 0}
          title={count === 0 ? t("story.addStepFirst") : t("story.playThis")}
        >
          {t("story.preview")}
        </button>
        <button type="button" onClick={onDelete}>
          {t("story.delete")}
        </button>
      </div>
    </div>
  );
}

// One step of a draft story: its title and text, what it shows, and moving or removing it.
import { LIMITS } from "../../model";
import type { DraftStep, DraftStepPatch } from "../../state";
import { useT } from "../i18n/I18nProvider";
import { statusText } from "../i18n/statusText";
import { StepPeriodFields } from "./StepPeriodFields";

export interface DraftStepItemProps {
  step: DraftStep;
  number: number;
  count: number;
  onChange: (patch: DraftStepPatch) => void;
  onMove: (delta: number) => void;
  onDelete: () => void;
  onPreview: () => void;
}

export function DraftStepItem({ step, number, count, onChange, onMove, onDelete, onPreview }: DraftStepItemProps) {
  const t = useT();
  const hidden = step.hideStatuses ?? [];
  return (
    <li className="draft-step" data-step={step.id}>
      <label className="draft-field">
        <span>{t("story.stepTitle", { number })}</span>
        <input
          type="text"
          value={step.title}
          maxLength={LIMITS.title}
          onChange={(event) => onChange({ title: event.target.value })}
        />
      </label>
      <label className="draft-field">
        <span>{t("story.stepText", { number })}</span>
        <textarea
          value={step.text}
          rows={3}
          maxLength={LIMITS.text}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </label>
      <StepPeriodFields number={number} time={step.time} onChange={(time) => onChange({ time })} />
      <p className="hint">
        {hidden.length > 0
          ? t("story.showsHiding", {
              actors: step.focus.actors.length,
              relations: step.focus.relations.length,
              hidden: t.intl.formatList(
                hidden.map((status) => statusText(t, status).label.toLocaleLowerCase(t.locale)),
              ),
            })
          : t("story.shows", { actors: step.focus.actors.length, relations: step.focus.relations.length })}
      </p>
      <div className="draft-step-actions">
        <button
          type="button"
          onClick={() => onMove(-1)}
          disabled={number === 1}
          aria-label={t("story.moveUp", { number })}
        >
          ↑ {t("story.up")}
        </button>
        <button
          type="button"
          onClick={() => onMove(1)}
          disabled={number === count}
          aria-label={t("story.moveDown", { number })}
        >
          ↓ {t("story.down")}
        </button>
        <button type="button" onClick={onPreview} aria-label={t("story.previewStep", { number })}>
          {t("story.preview")}
        </button>
        <button type="button" onClick={onDelete} aria-label={t("story.deleteStep", { number })}>
          {t("story.deleteShort")}
        </button>
      </div>
    </li>
  );
}

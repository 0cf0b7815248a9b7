// One step of a draft story: its title and text, what it shows, and moving or removing it.
import { LIMITS } from "../../model";
import type { DraftStep, DraftStepPatch } from "../../state";
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

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export function DraftStepItem({ step, number, count, onChange, onMove, onDelete, onPreview }: DraftStepItemProps) {
  const hides = step.hideStatuses && step.hideStatuses.length > 0 ? `; hides ${step.hideStatuses.join(", ")} claims` : "";
  return (
    <li className="draft-step" data-step={step.id}>
      <label className="draft-field">
        <span>Title of step {number}</span>
        <input type="text" value={step.title} maxLength={LIMITS.title} onChange={(event) => onChange({ title: event.target.value })} />
      </label>
      <label className="draft-field">
        <span>Text of step {number}</span>
        <textarea value={step.text} rows={3} maxLength={LIMITS.text} onChange={(event) => onChange({ text: event.target.value })} />
      </label>
      <StepPeriodFields number={number} time={step.time} onChange={(time) => onChange({ time })} />
      <p className="hint">
        Shows {plural(step.focus.actors.length, "actor")} and {plural(step.focus.relations.length, "relation")}
        {hides}.
      </p>
      <div className="draft-step-actions">
        <button type="button" onClick={() => onMove(-1)} disabled={number === 1} aria-label={`Move step ${number} up`}>
          ↑ Up
        </button>
        <button type="button" onClick={() => onMove(1)} disabled={number === count} aria-label={`Move step ${number} down`}>
          ↓ Down
        </button>
        <button type="button" onClick={onPreview} aria-label={`Preview step ${number}`}>
          Preview
        </button>
        <button type="button" onClick={onDelete} aria-label={`Delete step ${number}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

// The draft story being written: its title, its steps, and adding the current view as a step.
import { LIMITS } from "../../model";
import { addStep, moveStep, removeStep, renameStory, updateStep, type CapturedStep, type DraftStory } from "../../state";
import { DraftStepItem } from "./DraftStepItem";

export interface DraftEditorProps {
  draft: DraftStory;
  capture: () => CapturedStep;
  /** `deleted` names what was removed, so that the change can be offered for undo. */
  onChange: (draft: DraftStory, deleted?: string) => void;
  onPlay: (step: number) => void;
  onDelete: () => void;
}

export function DraftEditor({ draft, capture, onChange, onPlay, onDelete }: DraftEditorProps) {
  const count = draft.steps.length;
  return (
    <div className="draft-editor">
      <label className="draft-field">
        <span>Story title</span>
        <input
          type="text"
          value={draft.title}
          maxLength={LIMITS.title}
          onChange={(event) => onChange({ ...draft, title: event.target.value })}
          onBlur={() => onChange(renameStory(draft, draft.title))}
        />
      </label>
      {count === 0 ? (
        <p className="hint">No steps yet. Select an actor or a relation, find a path or set filters, then add the view as a step.</p>
      ) : (
        <ol className="draft-steps" aria-label={`Steps of ${draft.title}`}>
          {draft.steps.map((step, index) => (
            <DraftStepItem
              key={step.id}
              step={step}
              number={index + 1}
              count={count}
              onChange={(patch) => onChange(updateStep(draft, step.id, patch))}
              onMove={(delta) => onChange(moveStep(draft, step.id, delta))}
              onDelete={() => onChange(removeStep(draft, step.id), `Step ${index + 1} "${step.title}"`)}
              onPreview={() => onPlay(index)}
            />
          ))}
        </ol>
      )}
      <div className="draft-actions">
        <button type="button" onClick={() => onChange(addStep(draft, capture()))}>
          Add step from current view
        </button>
        <button type="button" onClick={() => onPlay(0)} disabled={count === 0} title={count === 0 ? "Add a step first" : "Play this story"}>
          Preview
        </button>
        <button type="button" onClick={onDelete}>
          Delete story
        </button>
      </div>
    </div>
  );
}

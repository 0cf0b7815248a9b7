// Deleting an actor: what goes with it is listed first; the deletion is one undoable change.
import { useState } from "react";
import type { Dataset, Issue } from "../../model";
import { deleteActor, previewActorDeletion, type Edit } from "../../state/edit";

export function ActorDeletion({ dataset, actorId, apply, onDeleted }: { dataset: Dataset; actorId: string; apply: (edit: Edit) => Issue[]; onDeleted: () => void }) {
  const [asking, setAsking] = useState(false);
  const [problems, setProblems] = useState<Issue[]>([]);
  if (!asking)
    return (
      <button type="button" className="editor-danger" onClick={() => setAsking(true)}>
        Delete actor…
      </button>
    );
  const preview = previewActorDeletion(dataset, actorId);
  const name = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id;
  return (
    <div className="editor-confirm" role="group" aria-label="Confirm deletion">
      <p>
        Deleting {name(actorId)} also deletes {preview.relations.length} relation{preview.relations.length === 1 ? "" : "s"} with {preview.claims} claim{preview.claims === 1 ? "" : "s"}
        {preview.claimedBy.length > 0 ? `, clears it as the party of ${preview.claimedBy.length} other claim${preview.claimedBy.length === 1 ? "" : "s"}` : ""}
        {preview.steps.length > 0 ? ` and removes it from ${preview.steps.length} story step${preview.steps.length === 1 ? "" : "s"}` : ""}. You can undo this.
      </p>
      {preview.relations.length > 0 && (
        <ul>
          {preview.relations.map((relation) => (
            <li key={relation.id}>
              {name(relation.from)} — {name(relation.to)} ({relation.claims.length} claim{relation.claims.length === 1 ? "" : "s"})
            </li>
          ))}
          {preview.steps.map((step) => (
            <li key={`${step.storyId}/${step.stepId}`}>Story step “{step.title}”</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && <p role="alert">{problems.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}</p>}
      <button
        type="button"
        className="editor-danger"
        onClick={() => {
          const refused = apply(deleteActor(dataset, actorId));
          setProblems(refused);
          if (refused.length === 0) onDeleted();
        }}
      >
        Delete {name(actorId)} and what goes with it
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  );
}

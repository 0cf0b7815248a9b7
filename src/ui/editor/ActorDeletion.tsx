// Deleting an actor: what goes with it is listed first; the deletion is one undoable change.
import { useState } from "react";
import type { Dataset, Issue } from "../../model";
import { deleteActor, previewActorDeletion, type Edit } from "../../state/edit";
import { useT } from "../i18n/I18nProvider";
import { Message } from "./Message";

export function ActorDeletion({ dataset, actorId, apply, onDeleted }: { dataset: Dataset; actorId: string; apply: (edit: Edit) => Issue[]; onDeleted: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [problems, setProblems] = useState<Issue[]>([]);
  if (!asking)
    return (
      <button type="button" className="editor-danger" onClick={() => setAsking(true)}>
        {t("editor.delete.start")}
      </button>
    );
  const preview = previewActorDeletion(dataset, actorId);
  const name = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id;
  return (
    <div className="editor-confirm" role="group" aria-label={t("editor.delete.confirm")}>
      <p>
        <Message
          id="editor.delete.summary"
          values={{ name: <bdi>{name(actorId)}</bdi>, relations: preview.relations.length, claims: preview.claims, claimedBy: preview.claimedBy.length, steps: preview.steps.length }}
        />
      </p>
      {preview.relations.length > 0 && (
        <ul>
          {preview.relations.map((relation) => (
            <li key={relation.id}>
              <Message id="editor.delete.relationItem" values={{ from: <bdi>{name(relation.from)}</bdi>, to: <bdi>{name(relation.to)}</bdi>, count: relation.claims.length }} />
            </li>
          ))}
          {preview.steps.map((step) => (
            <li key={`${step.storyId}/${step.stepId}`}>
              <Message id="editor.delete.storyStep" values={{ title: <bdi>{step.title}</bdi> }} />
            </li>
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
        <Message id="editor.delete.do" values={{ name: <bdi>{name(actorId)}</bdi> }} />
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t("editor.delete.keep")}
      </button>
    </div>
  );
}

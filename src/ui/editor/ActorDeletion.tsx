// Deleting an actor: what goes with it is listed first; the deletion is one undoable change.
import { useState } from "react";
import type { Dataset, Issue } from "../../model";
import { deleteActor, previewActorDeletion, type Edit } from "../../state/edit";
import { useT } from "../i18n/I18nProvider";
import { IssueLines } from "../i18n/issueText";

export function ActorDeletion({
  dataset,
  actorId,
  apply,
  onDeleted,
}: {
  dataset: Dataset;
  actorId: string;
  apply: (edit: Edit) => Issue[];
  onDeleted: () => void;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [problems, setProblems] = useState<Issue[]>([]);
  if (!asking)
    return (
      <button type="button" className="editor-danger" onClick={() => setAsking(true)}>
        {t("editor.delete.ask")}
      </button>
    );
  const preview = previewActorDeletion(dataset, actorId);
  const name = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id;
  return (
    <div className="editor-confirm" role="group" aria-label={t("editor.delete.confirm")}>
      <p>
        {t("editor.delete.summary", {
          name: name(actorId),
          relations: preview.relations.length,
          claims: preview.claims,
        })}
        {preview.claimedBy.length > 0 && t("editor.delete.claimedBy", { count: preview.claimedBy.length })}
        {preview.steps.length > 0 && t("editor.delete.steps", { count: preview.steps.length })}
        {t("editor.delete.undo")}
      </p>
      {preview.relations.length > 0 && (
        <ul>
          {preview.relations.map((relation) => (
            <li key={relation.id}>
              {t("editor.delete.relationRow", {
                from: name(relation.from),
                to: name(relation.to),
                count: relation.claims.length,
              })}
            </li>
          ))}
          {preview.steps.map((step) => (
            <li key={`${step.storyId}/${step.stepId}`}>{t("editor.delete.storyStep", { title: step.title })}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <p role="alert">
          <IssueLines issues={problems} />
        </p>
      )}
      <button
        type="button"
        className="editor-danger"
        onClick={() => {
          const refused = apply(deleteActor(dataset, actorId));
          setProblems(refused);
          if (refused.length === 0) onDeleted();
        }}
      >
        {t("editor.delete.go", { name: name(actorId) })}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t("editor.delete.keep")}
      </button>
    </div>
  );
}

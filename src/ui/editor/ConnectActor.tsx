// Creates a relation from the actor being edited to another, from the details side of the editor.
import { useState } from "react";
import type { Dataset, Issue } from "../../model";
import { newRelation, putItem, type Edit } from "../../state/edit";

export function ConnectActor({ dataset, actorId, apply, onCreated }: { dataset: Dataset; actorId: string; apply: (edit: Edit) => Issue[]; onCreated: (relationId: string) => void }) {
  const others = dataset.actors.filter((actor) => actor.id !== actorId);
  const [to, setTo] = useState(others[0]?.id ?? "");
  const [kind, setKind] = useState(dataset.relationKinds[0]?.id ?? "");
  const [problems, setProblems] = useState<Issue[]>([]);
  if (others.length === 0) return <p className="editor-hint">Add a second actor to connect this one to it.</p>;
  return (
    <fieldset className="editor-connect">
      <legend>New relation from here</legend>
      <div className="editor-row editor-wrap">
        <select aria-label="Kind of the new relation" value={kind} onChange={(event) => setKind(event.target.value)}>
          {dataset.relationKinds.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.label}
            </option>
          ))}
        </select>
        <select aria-label="New relation to" value={to} onChange={(event) => setTo(event.target.value)}>
          {others.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => {
            const relation = newRelation(dataset, actorId, to, kind);
            const refused = apply(putItem(dataset, "relations", relation));
            setProblems(refused);
            if (refused.length === 0) onCreated(relation.id);
          }}
        >
          Add relation
        </button>
      </div>
      {problems.length > 0 && (
        <p className="editor-problem" role="alert">
          {problems.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}
        </p>
      )}
    </fieldset>
  );
}

// A relation from the actor being edited to another, picked from a list (the keyboard's way to do
// what dragging on the graph does): opens the new relation's form with both ends filled in.
import { useState } from "react";
import type { Dataset } from "../../model";
import type { RelationDraft } from "./NewRelationForm";

export function ConnectActor({ dataset, actorId, onStart }: { dataset: Dataset; actorId: string; onStart: (draft: RelationDraft) => void }) {
  const others = dataset.actors.filter((actor) => actor.id !== actorId);
  const [to, setTo] = useState(others[0]?.id ?? "");
  if (others.length === 0) return <p className="editor-hint">Add a second actor to connect this one to it.</p>;
  return (
    <fieldset className="editor-connect">
      <legend>New relation from here</legend>
      <div className="editor-row editor-wrap">
        <select aria-label="New relation to" value={to} onChange={(event) => setTo(event.target.value)}>
          {others.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onStart({ from: actorId, to })}>
          New relation…
        </button>
      </div>
      <p className="editor-hint">Or turn on “Draw relations” and drag from one actor to another on the graph.</p>
    </fieldset>
  );
}

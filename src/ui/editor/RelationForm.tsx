// Edits one relation (ends, kind, weight) and lists its claims, each editable; a relation with no
// claim is unsourced, and says so.
import { useState } from "react";
import type { Dataset, Issue, Relation } from "../../model";
import { pathOf, putItem, removeItem, type Edit } from "../../state/edit";
import { ClaimForm } from "./ClaimForm";
import { Field, OtherProblems } from "./Field";
import { formProblems } from "./formProblems";

export interface RelationFormProps {
  dataset: Dataset;
  relation: Relation;
  apply: (edit: Edit) => Issue[];
  onDeleted: () => void;
}

export function RelationForm({ dataset, relation, apply, onDeleted }: RelationFormProps) {
  const [from, setFrom] = useState(relation.from);
  const [to, setTo] = useState(relation.to);
  const [kind, setKind] = useState(relation.kind);
  const [weight, setWeight] = useState(relation.weight === undefined ? "" : String(relation.weight));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [adding, setAdding] = useState(false);
  const problems = formProblems(issues, pathOf(dataset, "relations", relation.id));
  const actorOptions = dataset.actors.map((actor) => (
    <option key={actor.id} value={actor.id}>
      {actor.name}
    </option>
  ));

  const save = () => {
    const next: Record<string, unknown> = { ...relation, from, to, kind, weight: weight.trim() === "" ? undefined : Number(weight) };
    if (next.weight === undefined) delete next.weight;
    setIssues(apply(putItem(dataset, "relations", next as Relation)));
  };

  return (
    <div className="editor-relation">
      <form
        className="editor-form"
        aria-label="Edit relation"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Field label="From" problems={problems.at("from")}>
          <select value={from} onChange={(event) => setFrom(event.target.value)}>
            {actorOptions}
          </select>
        </Field>
        <Field label="Relation kind" problems={problems.at("kind")}>
          <select value={kind} onChange={(event) => setKind(event.target.value)}>
            {dataset.relationKinds.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="To" problems={problems.at("to")}>
          <select value={to} onChange={(event) => setTo(event.target.value)}>
            {actorOptions}
          </select>
        </Field>
        <Field label="Weight" hint="Optional, 0 or more." problems={problems.at("weight")}>
          <input inputMode="decimal" value={weight} onChange={(event) => setWeight(event.target.value)} />
        </Field>
        <OtherProblems problems={problems.other} />
        <div className="editor-actions">
          <button type="submit">Save relation</button>
          <button
            type="button"
            className="editor-danger"
            onClick={() => {
              const refused = apply(removeItem(dataset, "relations", relation.id));
              setIssues(refused);
              if (refused.length === 0) onDeleted();
            }}
          >
            Delete relation
          </button>
        </div>
      </form>
      <h4>Claims</h4>
      {relation.claims.length === 0 && <p className="editor-hint">No claim yet: this relation is unsourced.</p>}
      {relation.claims.map((claim) => (
        <details key={claim.id} className="editor-claim-item">
          <summary>
            {claim.status}: {claim.text}
          </summary>
          <ClaimForm key={JSON.stringify(claim)} dataset={dataset} relation={relation} claim={claim} apply={apply} />
        </details>
      ))}
      {adding ? (
        <ClaimForm dataset={dataset} relation={relation} claim={undefined} apply={apply} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add a claim
        </button>
      )}
    </div>
  );
}

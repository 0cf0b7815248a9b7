// Edits one relation (ends, kind, weight) and lists its claims, each editable; a relation with no
// claim is unsourced, and says so.
import { useState } from "react";
import type { Dataset, Issue, Relation } from "../../model";
import { pathOf, putItem, removeItem, type Edit } from "../../state/edit";
import { ActorChoice, RelationKindChoice } from "./Choices";
import { ClaimForm } from "./ClaimForm";
import { Field, OtherProblems } from "./Field";
import { formProblems } from "./formProblems";
import { useT } from "../i18n/I18nProvider";

export interface RelationFormProps {
  dataset: Dataset;
  relation: Relation;
  apply: (edit: Edit) => Issue[];
  onDeleted: () => void;
}

export function RelationForm({ dataset, relation, apply, onDeleted }: RelationFormProps) {
  const t = useT();
  const [from, setFrom] = useState(relation.from);
  const [to, setTo] = useState(relation.to);
  const [kind, setKind] = useState(relation.kind);
  const [weight, setWeight] = useState(relation.weight === undefined ? "" : String(relation.weight));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [adding, setAdding] = useState(false);
  const problems = formProblems(issues, pathOf(dataset, "relations", relation.id), t);

  const save = () => {
    const next: Record<string, unknown> = {
      ...relation,
      from,
      to,
      kind,
      weight: weight.trim() === "" ? undefined : Number(weight),
    };
    if (next.weight === undefined) delete next.weight;
    setIssues(apply(putItem(dataset, "relations", next as Relation)));
  };

  return (
    <div className="editor-relation">
      <form
        className="editor-form"
        aria-label={t("editor.relation.edit")}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Field label={t("editor.field.from")} problems={problems.at("from")}>
          <ActorChoice dataset={dataset} value={from} onChange={setFrom} />
        </Field>
        <Field label={t("editor.field.relationKind")} problems={problems.at("kind")}>
          <RelationKindChoice dataset={dataset} value={kind} onChange={setKind} />
        </Field>
        <Field label={t("editor.field.to")} problems={problems.at("to")}>
          <ActorChoice dataset={dataset} value={to} onChange={setTo} />
        </Field>
        <Field label={t("editor.field.weight")} hint={t("editor.relation.weightHint")} problems={problems.at("weight")}>
          <input inputMode="decimal" value={weight} onChange={(event) => setWeight(event.target.value)} />
        </Field>
        <OtherProblems problems={problems.other} />
        <div className="editor-actions">
          <button type="submit">{t("editor.relation.save")}</button>
          <button
            type="button"
            className="editor-danger"
            onClick={() => {
              const refused = apply(removeItem(dataset, "relations", relation.id));
              setIssues(refused);
              if (refused.length === 0) onDeleted();
            }}
          >
            {t("editor.relation.delete")}
          </button>
        </div>
      </form>
      <h3>{t("editor.relation.claims")}</h3>
      {relation.claims.length === 0 && <p className="editor-hint">{t("editor.relation.noClaim")}</p>}
      {relation.claims.map((claim) => (
        <details key={claim.id} className="editor-claim-item">
          <summary>
            {t("editor.status", { status: claim.status })}: <bdi>{claim.text}</bdi>
          </summary>
          <ClaimForm key={JSON.stringify(claim)} dataset={dataset} relation={relation} claim={claim} apply={apply} />
        </details>
      ))}
      {adding ? (
        <ClaimForm
          dataset={dataset}
          relation={relation}
          claim={undefined}
          apply={apply}
          onDone={() => setAdding(false)}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t("editor.relation.addClaim")}
        </button>
      )}
    </div>
  );
}

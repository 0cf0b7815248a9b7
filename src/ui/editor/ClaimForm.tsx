// Edits one claim of a relation: the text, its status, who asserts it, when (partial dates, maybe
// approximate), quantities and the sources with locators. Status words are those of the legend.
import { useState } from "react";
import { type Claim, type Dataset, type Issue, type Relation } from "../../model";
import { freshClaimId, pathOf, putClaim, removeClaim, type Edit } from "../../state/edit";
import { ActorChoice, StatusChoice } from "./Choices";
import { Field, OtherProblems } from "./Field";
import { formProblems, optional } from "./formProblems";
import { QuantitiesField } from "./QuantitiesField";
import { SourceRefsField } from "./SourceRefsField";
import { useT } from "../i18n/I18nProvider";

export interface ClaimFormProps {
  dataset: Dataset;
  relation: Relation;
  claim: Claim | undefined;
  apply: (edit: Edit) => Issue[];
  onDone?: () => void;
}

export function blankClaim(dataset: Dataset, relation: Relation): Claim {
  const source = dataset.sources[0]?.id;
  return {
    id: freshClaimId(dataset, relation.id),
    text: "",
    status: "reported",
    quantities: [],
    sources: source ? [{ source }] : [],
  };
}

export function ClaimForm({ dataset, relation, claim: given, apply, onDone }: ClaimFormProps) {
  const t = useT();
  const claim = given ?? blankClaim(dataset, relation);
  const [text, setText] = useState(claim.text);
  const [status, setStatus] = useState(claim.status);
  const [claimedBy, setClaimedBy] = useState(claim.claimedBy ?? "");
  const [from, setFrom] = useState(claim.time?.from ?? "");
  const [to, setTo] = useState(claim.time?.to ?? "");
  const [approximate, setApproximate] = useState(claim.time?.approximate ?? false);
  const [quantities, setQuantities] = useState(claim.quantities);
  const [sources, setSources] = useState(claim.sources);
  const [issues, setIssues] = useState<Issue[]>([]);
  const relationPath = pathOf(dataset, "relations", relation.id);
  const index = relation.claims.findIndex((candidate) => candidate.id === claim.id);
  const problems = formProblems(issues, `${relationPath}.claims[${index < 0 ? relation.claims.length : index}]`, t);

  const save = () => {
    const time = { from: optional(from), to: optional(to), approximate: approximate || undefined };
    const next: Record<string, unknown> = {
      ...claim,
      text,
      status,
      claimedBy: optional(claimedBy),
      quantities,
      sources,
    };
    if (time.from || time.to)
      next.time = Object.fromEntries(Object.entries(time).filter(([, value]) => value !== undefined));
    else delete next.time;
    if (next.claimedBy === undefined) delete next.claimedBy;
    const edit = putClaim(dataset, relation.id, next as Claim);
    const refused = edit ? apply(edit) : [];
    setIssues(refused);
    if (refused.length === 0) onDone?.();
  };

  return (
    <form
      className="editor-form editor-claim"
      aria-label={given ? t("editor.claim.edit", { id: claim.id }) : t("editor.claim.new")}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Field label={t("editor.field.claim")} hint={t("editor.claim.ownWords")} problems={problems.at("text")}>
        <textarea rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      <Field label={t("editor.field.status")} problems={problems.at("status")}>
        <StatusChoice value={status} onChange={setStatus} />
      </Field>
      <Field
        label={t("editor.field.claimedBy")}
        hint={t("editor.claim.claimedByHint")}
        problems={problems.at("claimedBy")}
      >
        <ActorChoice dataset={dataset} value={claimedBy} onChange={setClaimedBy} none={t("editor.claim.nobody")} />
      </Field>
      <div className="editor-row">
        <Field label={t("editor.field.from")} hint={t("editor.dateHint")} problems={problems.at("time.from")}>
          <input size={10} value={from} onChange={(event) => setFrom(event.target.value)} />
        </Field>
        <Field label={t("editor.field.to")} problems={problems.at("time.to") ?? problems.at("time")}>
          <input size={10} value={to} onChange={(event) => setTo(event.target.value)} />
        </Field>
        <label className="editor-check">
          <input type="checkbox" checked={approximate} onChange={(event) => setApproximate(event.target.checked)} />{" "}
          {t("editor.claim.approximate")}
        </label>
      </div>
      <QuantitiesField quantities={quantities} onChange={setQuantities} problems={problems.under("quantities")} />
      <SourceRefsField
        label={t("editor.field.claimSources")}
        dataset={dataset}
        refs={sources}
        onChange={setSources}
        problems={problems.under("sources")}
      />
      <OtherProblems problems={problems.other} />
      <div className="editor-actions">
        <button type="submit">{given ? t("editor.claim.save") : t("editor.claim.add")}</button>
        {given && (
          <button
            type="button"
            className="editor-danger"
            onClick={() => {
              const edit = removeClaim(dataset, relation.id, claim.id);
              if (edit) setIssues(apply(edit));
            }}
          >
            {t("editor.claim.delete")}
          </button>
        )}
      </div>
    </form>
  );
}

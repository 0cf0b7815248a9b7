// A new relation, with both ends given (drawn on the graph, or picked from an actor's editor):
// its kind and, optionally, its first claim with status and sources, added as one undoable change.
// Without a claim the relation is unsourced, and the form says so before it is added.
import { useEffect, useRef, useState } from "react";
import { type Claim, type Dataset, type Issue, type SourceRef } from "../../model";
import { freshClaimId, newRelation, pathOf, putItem, relationEnds, type Edit } from "../../state/edit";
import { relationArrow } from "../app/RichMessage";
import { textDirection } from "../i18n/language";
import { ActorChoice, RelationKindChoice, StatusChoice } from "./Choices";
import { Field, OtherProblems } from "./Field";
import { formProblems } from "./formProblems";
import { Message } from "./Message";
import { SourceRefsField } from "./SourceRefsField";
import { useT } from "../i18n/I18nProvider";

export interface RelationDraft {
  from: string;
  to: string;
}

export interface NewRelationFormProps {
  dataset: Dataset;
  draft: RelationDraft;
  apply: (edit: Edit) => Issue[];
  onCreated: (relationId: string) => void;
  onCancel: () => void;
}

export function NewRelationForm({ dataset, draft, apply, onCreated, onCancel }: NewRelationFormProps) {
  const t = useT();
  const [from, setFrom] = useState(draft.from);
  const [to, setTo] = useState(draft.to);
  const [kind, setKind] = useState(dataset.relationKinds[0]?.id ?? "");
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Claim["status"]>("reported");
  const [sources, setSources] = useState<SourceRef[]>(dataset.sources[0] ? [{ source: dataset.sources[0].id }] : []);
  const [issues, setIssues] = useState<Issue[]>([]);
  const first = useRef<HTMLSelectElement>(null);
  // Opened by a gesture on the graph: the form takes focus, so that it is read and typed in next.
  useEffect(() => first.current?.focus(), []);

  const relation = newRelation(dataset, from, to, kind);
  const ends = relationEnds(relation, dataset);
  const problems = formProblems(issues, pathOf(dataset, "relations", relation.id), t);
  const claimProblems = formProblems(issues, `${pathOf(dataset, "relations", relation.id)}.claims[0]`, t);

  const save = () => {
    const claims: Claim[] =
      text.trim() === "" ? [] : [{ id: freshClaimId(dataset, relation.id), text, status, quantities: [], sources }];
    const refused = apply(putItem(dataset, "relations", { ...relation, claims }));
    setIssues(refused);
    if (refused.length === 0) onCreated(relation.id);
  };

  return (
    <form
      className="editor-form"
      aria-label={t("editor.newRelation")}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h3>
        <Message
          id="editor.newRelation.title"
          values={{
            // The whole in the interface's direction, each end isolated: the arrow points at `to`.
            name: (
              <bdi dir={textDirection(t.lang)}>
                <bdi>{ends.from}</bdi> {relationArrow(ends, t)} <bdi>{ends.to}</bdi>
              </bdi>
            ),
          }}
        />
      </h3>
      <Field label={t("editor.field.relationKind")} problems={problems.at("kind")}>
        <RelationKindChoice dataset={dataset} value={kind} onChange={setKind} selectRef={first} />
      </Field>
      <div className="editor-row editor-wrap">
        <Field label={t("editor.field.from")} problems={problems.at("from")}>
          <ActorChoice dataset={dataset} value={from} onChange={setFrom} />
        </Field>
        <Field label={t("editor.field.to")} problems={problems.at("to")}>
          <ActorChoice dataset={dataset} value={to} onChange={setTo} />
        </Field>
      </div>
      <fieldset className="editor-refs">
        <legend>{t("editor.newRelation.firstClaim")}</legend>
        <Field
          label={t("editor.field.claim")}
          hint={t("editor.newRelation.claimHint")}
          problems={claimProblems.at("text")}
        >
          <textarea rows={2} value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
        <Field label={t("editor.field.status")} problems={claimProblems.at("status")}>
          <StatusChoice value={status} onChange={setStatus} />
        </Field>
        <SourceRefsField
          label={t("editor.field.claimSources")}
          dataset={dataset}
          refs={sources}
          onChange={setSources}
          problems={claimProblems.under("sources")}
        />
      </fieldset>
      <OtherProblems problems={problems.other} />
      <div className="editor-actions">
        <button type="submit">{t("editor.newRelation.add")}</button>
        <button type="button" onClick={onCancel}>
          {t("editor.cancel")}
        </button>
      </div>
    </form>
  );
}

// Edits one actor: name, kind, aliases, summary, tags and cited sources. The change is applied
// only when the dataset rules accept it; otherwise each problem is shown at its field.
import { useState } from "react";
import type { Actor, Dataset, Issue } from "../../model";
import { freshId, pathOf, putItem, type Edit } from "../../state/edit";
import { Field, OtherProblems } from "./Field";
import { formProblems, optional, splitList } from "./formProblems";
import { SourceRefsField } from "./SourceRefsField";
import { useT } from "../i18n/I18nProvider";

export interface ActorFormProps {
  dataset: Dataset;
  actor: Actor;
  isNew: boolean;
  apply: (edit: Edit) => Issue[];
  onDone?: (actor: Actor) => void;
}

export function ActorForm({ dataset, actor, isNew, apply, onDone }: ActorFormProps) {
  const t = useT();
  const [name, setName] = useState(actor.name);
  const [kind, setKind] = useState(actor.kind);
  const [aliases, setAliases] = useState(actor.aliases.join("\n"));
  const [summary, setSummary] = useState(actor.summary ?? "");
  const [tags, setTags] = useState(actor.tags.join(", "));
  const [sources, setSources] = useState(actor.sources);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saved, setSaved] = useState(false);
  const problems = formProblems(issues, pathOf(dataset, "actors", actor.id), t);

  const save = () => {
    // A new actor's id comes from the name as typed, not from the blank form.
    const id = isNew ? freshId(dataset, "actors", name, "actor") : actor.id;
    const next = {
      ...actor,
      id,
      name,
      kind,
      aliases: splitList(aliases),
      summary: optional(summary),
      tags: splitList(tags),
      sources,
    } as Actor;
    if (next.summary === undefined) delete next.summary;
    const refused = apply(putItem(dataset, "actors", next));
    setIssues(refused);
    setSaved(refused.length === 0);
    if (refused.length === 0) onDone?.(next);
  };

  return (
    <form
      className="editor-form"
      aria-label={isNew ? t("editor.newActor") : t("editor.actor.edit", { name: actor.name })}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Field label={t("editor.field.name")} problems={problems.at("name")}>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field label={t("editor.field.kind")} problems={problems.at("kind")}>
        <select value={kind} onChange={(event) => setKind(event.target.value)}>
          {dataset.actorKinds.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t("editor.field.aliases")}
        hint={t("editor.field.aliasesHint")}
        problems={problems.under("aliases")}
      >
        <textarea rows={2} value={aliases} onChange={(event) => setAliases(event.target.value)} />
      </Field>
      <Field label={t("editor.field.summary")} problems={problems.at("summary")}>
        <textarea rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
      </Field>
      <Field label={t("editor.field.tags")} hint={t("editor.field.tagsHint")} problems={problems.under("tags")}>
        <input value={tags} onChange={(event) => setTags(event.target.value)} />
      </Field>
      <SourceRefsField
        label={t("editor.field.sources")}
        dataset={dataset}
        refs={sources}
        onChange={setSources}
        problems={problems.under("sources")}
      />
      <OtherProblems problems={problems.other} />
      <div className="editor-actions">
        <button type="submit">{isNew ? t("editor.actor.add") : t("editor.actor.save")}</button>
        {saved && !isNew && <span role="status">{t("editor.saved")}</span>}
      </div>
    </form>
  );
}

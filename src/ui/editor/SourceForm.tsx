// Edits one source: title, publisher, date, address (http(s) only) and the report it relays.
import { useState } from "react";
import type { Dataset, Issue, Source } from "../../model";
import { pathOf, putItem, removeItem, type Edit } from "../../state/edit";
import { Field, OtherProblems } from "./Field";
import { formProblems, optional } from "./formProblems";
import { useT } from "../i18n/I18nProvider";

export function SourceForm({
  dataset,
  source,
  isNew,
  apply,
  onDone,
}: {
  dataset: Dataset;
  source: Source;
  isNew: boolean;
  apply: (edit: Edit) => Issue[];
  onDone?: () => void;
}) {
  const t = useT();
  const [title, setTitle] = useState(source.title);
  const [publisher, setPublisher] = useState(source.publisher ?? "");
  const [published, setPublished] = useState(source.published ?? "");
  const [url, setUrl] = useState(source.url ?? "");
  const [relays, setRelays] = useState(source.relays ?? "");
  const [issues, setIssues] = useState<Issue[]>([]);
  const problems = formProblems(issues, pathOf(dataset, "sources", source.id), t);
  const save = () => {
    const next: Record<string, unknown> = {
      id: source.id,
      title,
      publisher: optional(publisher),
      published: optional(published),
      relays: optional(relays),
      url: optional(url),
    };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    const refused = apply(putItem(dataset, "sources", next as Source));
    setIssues(refused);
    if (refused.length === 0) onDone?.();
  };
  return (
    <form
      className="editor-form"
      aria-label={isNew ? t("editor.source.new") : t("editor.source.edit", { title: source.title })}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Field label={t("editor.field.title")} problems={problems.at("title")}>
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <Field label={t("editor.field.publisher")} problems={problems.at("publisher")}>
        <input value={publisher} onChange={(event) => setPublisher(event.target.value)} />
      </Field>
      <Field label={t("editor.field.published")} hint={t("editor.dateHint")} problems={problems.at("published")}>
        <input value={published} onChange={(event) => setPublished(event.target.value)} />
      </Field>
      <Field label={t("editor.field.url")} hint={t("editor.field.urlHint")} problems={problems.at("url")}>
        <input type="text" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} />
      </Field>
      <Field label={t("editor.field.relays")} hint={t("editor.field.relaysHint")} problems={problems.at("relays")}>
        <select value={relays} onChange={(event) => setRelays(event.target.value)}>
          <option value="">{t("editor.source.ownReporting")}</option>
          {dataset.sources
            .filter((other) => other.id !== source.id)
            .map((other) => (
              <option key={other.id} value={other.id}>
                {other.title}
              </option>
            ))}
        </select>
      </Field>
      <OtherProblems problems={problems.other} />
      <div className="editor-actions">
        <button type="submit">{isNew ? t("editor.source.add") : t("editor.source.save")}</button>
        {!isNew && (
          <button
            type="button"
            className="editor-danger"
            onClick={() => setIssues(apply(removeItem(dataset, "sources", source.id)))}
          >
            {t("editor.source.delete")}
          </button>
        )}
      </div>
    </form>
  );
}

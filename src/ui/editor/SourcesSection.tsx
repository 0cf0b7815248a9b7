// The dataset's sources: each editable, and a new one.
import { useState } from "react";
import type { Dataset, Issue, Source } from "../../model";
import { freshId, type Edit } from "../../state/edit";
import { SourceForm } from "./SourceForm";
import { useT } from "../i18n/I18nProvider";

export function SourcesSection({ dataset, apply }: { dataset: Dataset; apply: (edit: Edit) => Issue[] }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const draft = { id: freshId(dataset, "sources", `src-${dataset.sources.length + 1}`, "src"), title: "" } as Source;
  return (
    <details className="editor-section">
      <summary>{t("editor.sources.title", { count: dataset.sources.length })}</summary>
      {dataset.sources.map((source) => (
        <details key={source.id}>
          <summary>{source.title}</summary>
          <SourceForm key={JSON.stringify(source)} dataset={dataset} source={source} isNew={false} apply={apply} />
        </details>
      ))}
      {adding ? (
        <SourceForm dataset={dataset} source={draft} isNew apply={apply} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t("editor.sources.new")}
        </button>
      )}
    </details>
  );
}

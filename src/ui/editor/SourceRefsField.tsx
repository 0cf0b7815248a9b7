// The sources an actor or claim cites, each with an optional locator ("paragraph 5").
import type { Dataset, SourceRef } from "../../model";
import { useT } from "../i18n/I18nProvider";

export interface SourceRefsFieldProps {
  label: string;
  dataset: Dataset;
  refs: SourceRef[];
  onChange: (refs: SourceRef[]) => void;
  problems: string[];
}

export function SourceRefsField({ label, dataset, refs, onChange, problems }: SourceRefsFieldProps) {
  const t = useT();
  const set = (index: number, patch: Partial<SourceRef>) =>
    onChange(refs.map((ref, at) => (at === index ? { ...ref, ...patch } : ref)));
  return (
    <fieldset className="editor-refs" aria-invalid={problems.length > 0 || undefined}>
      <legend>{label}</legend>
      {refs.map((ref, index) => (
        <div key={index} className="editor-row">
          <select
            aria-label={t("editor.refs.source", { label, n: index + 1 })}
            value={ref.source}
            onChange={(event) => set(index, { source: event.target.value })}
          >
            {dataset.sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.title}
              </option>
            ))}
          </select>
          <input
            aria-label={t("editor.refs.locator", { label, n: index + 1 })}
            placeholder={t("editor.refs.locatorPlaceholder")}
            value={ref.locator ?? ""}
            onChange={(event) => set(index, { locator: event.target.value === "" ? undefined : event.target.value })}
          />
          <button
            type="button"
            aria-label={t("editor.refs.remove", { label: label.toLocaleLowerCase(t.locale), n: index + 1 })}
            onClick={() => onChange(refs.filter((_, at) => at !== index))}
          >
            ×
          </button>
        </div>
      ))}
      {dataset.sources.length === 0 ? (
        <p className="editor-hint">{t("editor.refs.noSource")}</p>
      ) : (
        <button type="button" onClick={() => onChange([...refs, { source: dataset.sources[0]?.id ?? "" }])}>
          {t("editor.refs.cite")}
        </button>
      )}
      {problems.length > 0 && (
        <p className="editor-problem" role="alert">
          {label}: {problems.join("; ")}
        </p>
      )}
    </fieldset>
  );
}

// Versions of the network: "Save version" with a note, the list, and a comparison of any saved
// version (or of a file about to be imported) with the network now, listed and drawn on the graph.
import { useState } from "react";
import type { Dataset } from "../../model";
import type { VersionRecord } from "../../io/store";
import { asNetwork } from "../../state/edit";
import { readImport } from "../files/ImportButton";
import { downloadText } from "../files/download";
import { useT } from "../i18n/I18nProvider";
import { issueLine } from "../i18n/issueText";
import type { Translate } from "../i18n/translator";

export interface Comparison {
  a: Dataset;
  b: Dataset;
  labels: { a: string; b: string };
  /** A file read over the network (b is the file as the network would be): it can replace or be merged in. */
  file?: { name: string; dataset: Dataset };
}

export interface VersionsSectionProps {
  dataset: Dataset;
  versions: VersionRecord[];
  onSave: (note: string) => Promise<void>;
  onCompare: (comparison: Comparison) => void;
  notice: (text: string) => void;
}

/** The browser's own date format in English (as before the catalogues), the chosen language's otherwise. */
const when = (t: Translate, time: number) => new Date(time).toLocaleString(t.lang === "en" ? undefined : t.locale);

export async function exportDataset(dataset: Dataset, name = dataset.id): Promise<void> {
  const { serializeDataset } = await import("../../io/datasetJson");
  downloadText(`${name}.json`, serializeDataset(dataset), "application/json");
}

export function VersionsSection({ dataset, versions, onSave, onCompare, notice }: VersionsSectionProps) {
  const t = useT();
  const [note, setNote] = useState("");
  return (
    <details className="editor-section" open>
      <summary>{t("editor.versions.title", { count: versions.length })}</summary>
      <form
        className="editor-row"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(note.trim()).then(() => setNote(""));
        }}
      >
        <input
          aria-label={t("editor.versions.note")}
          placeholder={t("editor.versions.notePlaceholder")}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit">{t("editor.versions.save")}</button>
      </form>
      <ol className="editor-versions" aria-label={t("editor.versions.list")}>
        {versions.map((version) => (
          <li key={version.key}>
            <span>
              {version.note ? <bdi>{version.note}</bdi> : t("editor.versions.noNote")} ·{" "}
              <small>{when(t, version.savedAt)}</small>
            </span>
            <button
              type="button"
              onClick={() =>
                onCompare({
                  a: version.dataset,
                  b: dataset,
                  labels: {
                    a: t("editor.versions.version", { note: version.note || when(t, version.savedAt) }),
                    b: t("editor.versions.now"),
                  },
                })
              }
            >
              {t("editor.versions.compare")}
            </button>
            <button
              type="button"
              onClick={() => void exportDataset(version.dataset, `${version.networkId}-v${version.key ?? ""}`)}
            >
              {t("editor.versions.export")}
            </button>
          </li>
        ))}
      </ol>
      <label className="editor-file">
        {t("editor.versions.compareFile")}
        <input
          type="file"
          accept=".json,.gexf,.graphml,.xml,.csv,.gml"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length === 0) return;
            void readImport(files).then((outcome) => {
              if (!outcome.result.ok)
                notice(
                  t("editor.versions.unreadable", {
                    file: outcome.file,
                    problem: outcome.result.issues[0] ? issueLine(outcome.result.issues[0], t) : "",
                  }),
                );
              else
                onCompare({
                  a: dataset,
                  b: asNetwork(dataset, outcome.result.dataset),
                  labels: { a: t("editor.versions.now"), b: outcome.file },
                  file: { name: outcome.file, dataset: outcome.result.dataset },
                });
            });
          }}
        />
      </label>
    </details>
  );
}

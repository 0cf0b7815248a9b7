// Opens a dataset file (JSON, GEXF, GraphML). Bad files get a list of problems with where they
// are; the network on screen stays as it was.
import { useEffect, useRef } from "react";
import type { ReadResult } from "../../io";
import type { Issue } from "../../model";
import type { KeptFile } from "./importedStore";
import { useT } from "../i18n/I18nProvider";

export interface ImportOutcome {
  file: string;
  result: ReadResult;
  /** The files as read, kept for the next visit when the import succeeds. */
  files: KeptFile[];
}

const MAX_BYTES = 50 * 1024 * 1024;

export async function readImport(files: readonly File[]): Promise<ImportOutcome> {
  const name = files.map((file) => file.name).join(" + ");
  const tooBig = files.find((file) => file.size > MAX_BYTES);
  if (tooBig) {
    const issue: Issue = { path: tooBig.name, message: `is ${Math.round(tooBig.size / 1048576)} MB; the limit is 50 MB`, severity: "error" };
    return { file: name, result: { ok: false, issues: [issue] }, files: [] };
  }
  const picked = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
  const { importFiles } = await loadReaders();
  const result = importFiles(picked);
  // Marks for `npm run bench`, which prints where the time of opening a file goes.
  performance.mark("tangle:file-read");
  return { file: name, result, files: picked };
}

/**
 * The readers (XML and CSV included) are not part of the page's first load; they are fetched
 * once the page is idle, or when the button is pressed, so that opening a file does not wait
 * for them (~100 ms at first use).
 */
const loadReaders = () => import("../../io/importFiles");
const READERS_AFTER_MS = 1000;

export function ImportButton({ onOutcome }: { onOutcome: (outcome: ImportOutcome) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Not while the page itself is starting: the first dataset comes first.
    let idle: number | undefined;
    const timer = setTimeout(() => {
      idle = window.requestIdleCallback?.(() => void loadReaders(), { timeout: 3000 });
    }, READERS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void loadReaders();
          input.current?.click();
        }}
      >
        {t("import.button")}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.gexf,.graphml,.xml,.csv,application/json"
        multiple
        className="visually-hidden"
        aria-label={t("import.label")}
        data-testid="import-input"
        tabIndex={-1}
        onChange={(event) => {
          performance.mark("tangle:file-chosen");
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0) void readImport(files).then(onOutcome);
        }}
      />
    </>
  );
}

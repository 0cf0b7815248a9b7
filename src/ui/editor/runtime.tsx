// The editor's code, loaded on demand (issue 19): the editing session, its panel and forms, the
// library, the saved-work store. The app shell (useEditorMount) imports this module only with
// `import()`, so none of it weighs on the first page.
import { useEffect } from "react";
import type { Dataset } from "../../model";
import { copyOf, type NetworkRecord } from "../../io/store";
import { suggestDuplicatesInSteps, type DuplicateSuggestion } from "../../state/edit";
import { runInSlices } from "../app/runInSlices";
import { keepAcceptedImport, takenIds, updateRecord } from "../library/libraryActions";
import type { KeptInLibrary } from "../../workers/importMessages";
import { useEditor, type EditorHost, type EditorSession } from "./useEditor";
import type { Notice } from "../app/notice";

export { EditorPanel } from "./EditorPanel";
export { LibraryDialog } from "../library/LibraryDialog";

/** Runs the editing session of the network on screen and hands it to the shell whenever it changes. */
export function EditorSessionHost({
  host,
  onSession,
}: {
  host: EditorHost;
  onSession: (session: EditorSession) => void;
}) {
  const session = useEditor(host);
  useEffect(() => onSession(session), [session, onSession]);
  return null;
}

/** A copy of `dataset` under a fresh id, ready to open (a shipped dataset is only ever edited as a copy). */
export async function copyNetwork(dataset: Dataset, copyTitle?: (title: string) => string): Promise<NetworkRecord> {
  return copyOf(dataset, await takenIds(), Date.now(), "copy", copyTitle);
}

/** Puts a new network (a copy, a new one) in the library before it is opened. */
export function keepInLibrary(record: NetworkRecord): Promise<boolean> {
  return updateRecord(record, {});
}

/** Most actors a file may have for its duplicates to be looked for at once, on the main thread. */
const DUPLICATES_AT_IMPORT = 5000;

/**
 * After an import: the file is listed in the library, and likely duplicate actors (same name keys
 * as the search) are pointed out at once, with the way to merge them.
 */
export function afterImport(
  dataset: Dataset,
  notice: (notice: Notice) => void,
  keptInWorker?: Promise<KeptInLibrary>,
): void {
  keepAcceptedImport(dataset, keptInWorker);
  if (dataset.actors.length > DUPLICATES_AT_IMPORT) return;
  // Between frames: keying 5,000 names is ~0.1–0.25 s, which would be one long task right after
  // the import's first picture (a small file is done in the first slice, in this task).
  runInSlices(suggestDuplicatesInSteps(dataset, 20), (pairs) => noticeDuplicates(dataset, pairs, notice), {
    eager: true,
  });
}

function noticeDuplicates(dataset: Dataset, pairs: DuplicateSuggestion[], notice: (notice: Notice) => void): void {
  if (pairs.length === 0) return;
  const name = (id: string) => dataset.actors.find((actor) => actor.id === id)?.name ?? id;
  const shown = pairs
    .slice(0, 3)
    .map((pair) => `${name(pair.a)} / ${name(pair.b)}`)
    .join("; ");
  notice({ id: "import.duplicates", values: { count: pairs.length, pairs: pairs.length > 3 ? `${shown}…` : shown } });
}

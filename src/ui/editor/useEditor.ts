// The editing session of the network on screen: the library record it belongs to, its undo
// history, saving as edits happen, versions and the comparison drawn on the graph. Every change
// goes through applyEdit (the dataset rules) before it reaches the screen or the store.
import { useCallback, useEffect, useMemo, useState } from "react";
import { error, type Dataset, type Issue } from "../../model";
import type { NetworkRecord, VersionRecord } from "../../io/store";
import {
  applyEdit,
  EMPTY_HISTORY,
  readHistory,
  record as recordEntry,
  redo as redoStep,
  undo as undoStep,
  type Edit,
  type EditHistory,
} from "../../state/edit";
import { editorStore, recordJustKept } from "./editorStoreHandle";
import { useT } from "../i18n/I18nProvider";
import type { Notice } from "../app/notice";
import { editLabelMessage } from "./editLabelMessage";
import { issueText } from "../i18n/issueText";

export interface EditorSession {
  /** The library record of the network on screen; undefined when it is not editable (shipped, or not copied yet). */
  record: NetworkRecord | undefined;
  history: EditHistory;
  /** Applies an edit; returns the problems when it is refused (then nothing changed). */
  apply: (edit: Edit) => Issue[];
  undo: () => void;
  redo: () => void;
  saveVersion: (note: string) => Promise<void>;
  versions: VersionRecord[];
}

export interface EditorHost {
  dataset: Dataset | undefined;
  /** Shows a dataset (a new graph) without changing which network is open. */
  show: (dataset: Dataset) => void;
  notice: (notice: Notice) => void;
}

export function useEditor({ dataset, show, notice }: EditorHost): EditorSession {
  const t = useT();
  const [record, setRecord] = useState<NetworkRecord | undefined>();
  const [history, setHistory] = useState<EditHistory>(EMPTY_HISTORY);
  const [versions, setVersions] = useState<VersionRecord[]>([]);
  const datasetId = dataset?.id;

  // The network on screen belongs to the library when a record has its id.
  useEffect(() => {
    if (datasetId === undefined || record?.id === datasetId) return;
    let cancelled = false;
    void editorStore().then(async (store) => {
      for (const problem of store.problems.splice(0)) notice(issueText(problem.issue, t));
      // An import just kept in the library comes with its record: reading it back would check
      // the whole dataset again (seconds at 20k actors).
      const found = (await recordJustKept(datasetId)) ?? (await store.network(datasetId));
      if (cancelled) return;
      const usable = found && !found.deletedAt ? found : undefined;
      const read = usable?.history === undefined ? undefined : readHistory(usable.history);
      if (usable && read && !read.ok) {
        // Not used, and not lost: the history moves aside in the record, as it was.
        notice(t(read.reason === "newer" ? "editor.historyNewer" : "editor.historyUnreadable"));
        const kept = {
          ...usable,
          history: EMPTY_HISTORY,
          historySetAside: [...(usable.historySetAside ?? []), usable.history],
        };
        setRecord(kept);
        if (!(await store.putNetwork(kept))) notice(t("editor.notSaved"));
      } else setRecord(usable);
      setHistory(read?.ok ? read.history : EMPTY_HISTORY);
      setVersions(usable ? await store.versions(usable.id) : []);
    });
    return () => {
      cancelled = true;
    };
  }, [datasetId, record?.id, notice, t]);

  const persist = useCallback(
    (next: NetworkRecord) => {
      setRecord(next);
      void editorStore().then(async (store) => {
        if (!(await store.putNetwork(next))) notice(t("editor.notSaved"));
      });
    },
    [notice, t],
  );

  const commit = useCallback(
    (nextDataset: Dataset, nextHistory: EditHistory) => {
      if (!record) return;
      setHistory(nextHistory);
      show(nextDataset);
      persist({ ...record, dataset: nextDataset, history: nextHistory, updatedAt: Date.now() });
    },
    [record, show, persist],
  );

  const apply = useCallback(
    (edit: Edit): Issue[] => {
      if (!record) return [error("(root)", "this network is not editable: edit a copy", "app.notEditable")];
      const result = applyEdit(record.dataset, edit.op);
      if (!result.ok) return result.issues;
      commit(
        result.dataset,
        recordEntry(history, { label: edit.label, op: edit.op, inverse: result.inverse, at: Date.now() }),
      );
      return [];
    },
    [record, history, commit],
  );

  const undo = useCallback(() => {
    if (!record) return;
    const step = undoStep(record.dataset, history);
    if (!step) return;
    commit(step.dataset, step.history);
    notice({ id: "editor.undone", values: { label: editLabelMessage(step.entry.label) } });
  }, [record, history, commit, notice]);

  const redo = useCallback(() => {
    if (!record) return;
    const step = redoStep(record.dataset, history);
    if (!step) return;
    commit(step.dataset, step.history);
    notice({ id: "editor.redone", values: { label: editLabelMessage(step.entry.label) } });
  }, [record, history, commit, notice]);

  const saveVersion = useCallback(
    async (note: string) => {
      if (!record) return;
      const store = await editorStore();
      await store.addVersion({
        recordVersion: 1,
        networkId: record.id,
        note,
        savedAt: Date.now(),
        dataset: record.dataset,
      });
      setVersions(await store.versions(record.id));
      notice(note ? t("editor.versionSavedNote", { note }) : t("editor.versionSaved"));
    },
    [record, notice, t],
  );

  useUndoKeys(record !== undefined, undo, redo);
  return useMemo(
    () => ({ record, history, apply, undo, redo, saveVersion, versions }),
    [record, history, apply, undo, redo, saveVersion, versions],
  );
}

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y, ⌘ on a Mac) outside text fields, whose own undo stays theirs. */
function useUndoKeys(enabled: boolean, undo: () => void, redo: () => void) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) undo();
      else if ((key === "z" && event.shiftKey) || key === "y") redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, undo, redo]);
}

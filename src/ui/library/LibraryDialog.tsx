// The library of networks: shipped, imported and your own, with size and last change; open,
// rename, duplicate, delete (restorable) and export each; and a new empty network. Loaded with
// the editor on demand: the shell's Library button mounts it, and it opens as it mounts.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Issue } from "../../model";
import { copyOf, newNetwork, type NetworkRecord } from "../../io/store";
import { renameNetwork, type Edit } from "../../state/edit";
import { shippedDatasets } from "../data/shippedDatasets";
import { exportDataset } from "../editor/VersionsSection";
import { useModalDialog } from "../app/useReturnFocus";
import { libraryRecords, renameRecord, takenIds, updateRecord } from "./libraryActions";
import { RenameDialog } from "./RenameDialog";

export interface LibraryDialogProps {
  openId: string | undefined;
  onOpenShipped: (id: string) => void;
  onOpenRecord: (record: NetworkRecord) => void;
  notice: (text: string) => void;
  /** The network open in the editor: renaming it is an edit of the session (undoable), not of the stored record. */
  editing?: { id: string; apply: (edit: Edit) => Issue[] };
  onClose: () => void;
}

const KIND_LABEL = { own: "yours", copy: "your copy", imported: "imported" } as const;
const when = (time: number) => new Date(time).toLocaleString();

export function LibraryDialog({ openId, onOpenShipped, onOpenRecord, notice, editing, onClose }: LibraryDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const showModal = useModalDialog(dialog);
  const [records, setRecords] = useState<NetworkRecord[]>([]);
  const [title, setTitle] = useState("");
  const [renaming, setRenaming] = useState<NetworkRecord | undefined>();
  const refresh = useCallback(() => void libraryRecords().then(setRecords), []);
  useEffect(refresh, [refresh]);
  useEffect(() => {
    showModal();
    const element = dialog.current;
    element?.addEventListener("close", onClose);
    return () => element?.removeEventListener("close", onClose);
    // Opened once, when mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const rename = async (record: NetworkRecord, next: string): Promise<string[]> => {
    if (editing?.id === record.id) {
      const refused = editing.apply(renameNetwork(record.dataset, next));
      if (refused.length > 0) return refused.map((issue) => issue.message);
    } else if (!(await renameRecord(record, next))) return ["could not be saved (browser storage is full or off)"];
    notice(`Renamed “${record.dataset.title}” to “${next}”.`);
    refresh();
    return [];
  };
  const open = (record: NetworkRecord) => {
    dialog.current?.close();
    onOpenRecord(record);
  };
  const live = records.filter((record) => !record.deletedAt);
  const deleted = records.filter((record) => record.deletedAt);

  return (
    <>
      <dialog ref={dialog} className="library-dialog" aria-labelledby="library-title">
        <h2 id="library-title">Library of networks</h2>
        <form
          className="editor-row"
          onSubmit={(event) => {
            event.preventDefault();
            const name = title.trim() || "Untitled network";
            void takenIds().then((taken) => open(newNetwork(name, taken, Date.now())));
            setTitle("");
          }}
        >
          <input aria-label="New network title" placeholder="Title of a new network" value={title} onChange={(event) => setTitle(event.target.value)} />
          <button type="submit">New network</button>
        </form>
        <table>
          <thead>
            <tr>
              <th scope="col">Network</th>
              <th scope="col">Kind</th>
              <th scope="col">Size</th>
              <th scope="col">Last change</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {shippedDatasets().map((entry) => (
              <tr key={entry.id}>
                <td>{entry.title}</td>
                <td>shipped</td>
                <td>—</td>
                <td>—</td>
                <td>
                  <button
                    type="button"
                    disabled={entry.id === openId}
                    onClick={() => {
                      dialog.current?.close();
                      onOpenShipped(entry.id);
                    }}
                  >
                    Open
                  </button>
                </td>
              </tr>
            ))}
            {live.map((record) => (
              <tr key={record.id}>
                <td>{record.dataset.title}</td>
                <td>{KIND_LABEL[record.kind]}</td>
                <td>
                  {record.dataset.actors.length} actors, {record.dataset.relations.length} relations
                </td>
                <td>{when(record.updatedAt)}</td>
                <td className="editor-row editor-wrap">
                  <button type="button" disabled={record.id === openId} onClick={() => open(record)} aria-label={`Open ${record.dataset.title}`}>
                    Open
                  </button>
                  <button
                    type="button"
                    aria-label={`Rename ${record.dataset.title}`}
                    onClick={() => setRenaming(record)}
                  >
                    Rename
                  </button>
                  <button type="button" aria-label={`Duplicate ${record.dataset.title}`} onClick={() => void takenIds().then((taken) => updateRecord(copyOf(record.dataset, taken, Date.now(), "own"), {})).then(refresh)}>
                    Duplicate
                  </button>
                  <button type="button" aria-label={`Export ${record.dataset.title}`} onClick={() => void exportDataset(record.dataset)}>
                    Export
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete ${record.dataset.title}`}
                    disabled={record.id === openId}
                    onClick={() =>
                      void updateRecord(record, { deletedAt: Date.now() }).then(() => {
                        notice(`Deleted “${record.dataset.title}”. Restore it from the library's “Recently deleted”.`);
                        refresh();
                      })
                    }
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {deleted.length > 0 && (
          <>
            <h3>Recently deleted</h3>
            <ul>
              {deleted.map((record) => (
                <li key={record.id}>
                  {record.dataset.title}{" "}
                  <button
                    type="button"
                    onClick={() => {
                      const restored = { ...record };
                      delete restored.deletedAt;
                      void updateRecord(restored, {}).then(refresh);
                    }}
                  >
                    Undo delete
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
      {renaming && <RenameDialog key={renaming.id} dataset={renaming.dataset} onRename={(next) => rename(renaming, next)} onClose={() => setRenaming(undefined)} />}
    </>
  );
}

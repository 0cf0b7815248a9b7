// The library of networks: shipped, imported and your own, with size and last change; open,
// rename, duplicate, delete (restorable) and export each; and a new empty network.
import { useCallback, useEffect, useRef, useState } from "react";
import { copyOf, newNetwork, type NetworkRecord } from "../../io/store";
import { shippedDatasets } from "../data/shippedDatasets";
import { exportDataset } from "../editor/VersionsSection";
import { libraryRecords, renameRecord, takenIds, updateRecord } from "./libraryActions";

export interface LibraryDialogProps {
  openId: string | undefined;
  onOpenShipped: (id: string) => void;
  onOpenRecord: (record: NetworkRecord) => void;
  notice: (text: string) => void;
}

const KIND_LABEL = { own: "yours", copy: "your copy", imported: "imported" } as const;
const when = (time: number) => new Date(time).toLocaleString();

export function LibraryDialog({ openId, onOpenShipped, onOpenRecord, notice }: LibraryDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [records, setRecords] = useState<NetworkRecord[]>([]);
  const [title, setTitle] = useState("");
  const refresh = useCallback(() => void libraryRecords().then(setRecords), []);
  useEffect(refresh, [refresh]);
  const open = (record: NetworkRecord) => {
    dialog.current?.close();
    onOpenRecord(record);
  };
  const live = records.filter((record) => !record.deletedAt);
  const deleted = records.filter((record) => record.deletedAt);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          refresh();
          dialog.current?.showModal();
        }}
      >
        Library
      </button>
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
                    onClick={() => {
                      const next = window.prompt("New title", record.dataset.title)?.trim();
                      if (next) void renameRecord(record, next).then(refresh);
                    }}
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
    </>
  );
}

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
import { useT } from "../i18n/I18nProvider";
import { issueText } from "../i18n/issueText";

export interface LibraryDialogProps {
  openId: string | undefined;
  onOpenShipped: (id: string) => void;
  onOpenRecord: (record: NetworkRecord) => void;
  notice: (text: string) => void;
  /** The network open in the editor: renaming it is an edit of the session (undoable), not of the stored record. */
  editing?: { id: string; apply: (edit: Edit) => Issue[] };
  onClose: () => void;
}

const KIND_LABEL = { own: "library.kind.own", copy: "library.kind.copy", imported: "library.kind.imported" } as const;

export function LibraryDialog({ openId, onOpenShipped, onOpenRecord, notice, editing, onClose }: LibraryDialogProps) {
  const t = useT();
  const when = (time: number) => t.intl.formatDate(time, { dateStyle: "medium", timeStyle: "short" });
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
      if (refused.length > 0) return refused.map((issue) => issueText(issue, t));
    } else if (!(await renameRecord(record, next))) return [t("library.renameNotSaved")];
    notice(t("library.renamed", { from: record.dataset.title, to: next }));
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
        <h2 id="library-title">{t("library.title")}</h2>
        <form
          className="editor-row"
          onSubmit={(event) => {
            event.preventDefault();
            const name = title.trim() || t("library.untitled");
            const labels = {
              person: t("network.kind.person"),
              organisation: t("network.kind.organisation"),
              linkedTo: t("network.kind.linkedTo"),
              funds: t("network.kind.funds"),
            };
            void takenIds().then((taken) => open(newNetwork(name, taken, Date.now(), labels)));
            setTitle("");
          }}
        >
          <input
            aria-label={t("library.newTitleLabel")}
            placeholder={t("library.newTitlePlaceholder")}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit">{t("library.new")}</button>
        </form>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("library.network")}</th>
              <th scope="col">{t("table.kind")}</th>
              <th scope="col">{t("library.size")}</th>
              <th scope="col">{t("library.lastChange")}</th>
              <th scope="col">{t("library.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {shippedDatasets().map((entry) => (
              <tr key={entry.id}>
                <td dir="auto">{entry.title}</td>
                <td>{t("library.kind.shipped")}</td>
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
                    {t("library.open")}
                  </button>
                </td>
              </tr>
            ))}
            {live.map((record) => (
              <tr key={record.id}>
                <td dir="auto">{record.dataset.title}</td>
                <td>{t(KIND_LABEL[record.kind])}</td>
                <td>
                  {t("library.sizeValue", {
                    actors: record.dataset.actors.length,
                    relations: record.dataset.relations.length,
                  })}
                </td>
                <td>{when(record.updatedAt)}</td>
                <td className="editor-row editor-wrap">
                  <button
                    type="button"
                    disabled={record.id === openId}
                    onClick={() => open(record)}
                    aria-label={t("library.openLabel", { title: record.dataset.title })}
                  >
                    {t("library.open")}
                  </button>
                  <button
                    type="button"
                    aria-label={t("library.renameLabel", { title: record.dataset.title })}
                    onClick={() => setRenaming(record)}
                  >
                    {t("library.rename")}
                  </button>
                  <button
                    type="button"
                    aria-label={t("library.duplicateLabel", { title: record.dataset.title })}
                    onClick={() =>
                      void takenIds()
                        .then((taken) =>
                          updateRecord(
                            copyOf(record.dataset, taken, Date.now(), "own", (title) =>
                              t("network.copyTitle", { title }),
                            ),
                            {},
                          ),
                        )
                        .then(refresh)
                    }
                  >
                    {t("library.duplicate")}
                  </button>
                  <button
                    type="button"
                    aria-label={t("library.exportLabel", { title: record.dataset.title })}
                    onClick={() => void exportDataset(record.dataset)}
                  >
                    {t("export.button")}
                  </button>
                  <button
                    type="button"
                    aria-label={t("library.deleteLabel", { title: record.dataset.title })}
                    disabled={record.id === openId}
                    onClick={() =>
                      void updateRecord(record, { deletedAt: Date.now() }).then(() => {
                        notice(t("library.deleted", { title: record.dataset.title }));
                        refresh();
                      })
                    }
                  >
                    {t("story.deleteShort")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {deleted.length > 0 && (
          <>
            <h3>{t("library.recentlyDeleted")}</h3>
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
                    {t("library.undoDelete")}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <form method="dialog">
          <button type="submit">{t("common.close")}</button>
        </form>
      </dialog>
      {renaming && (
        <RenameDialog
          key={renaming.id}
          dataset={renaming.dataset}
          onRename={(next) => rename(renaming, next)}
          onClose={() => setRenaming(undefined)}
        />
      )}
    </>
  );
}

// What the app shell mounts for the editor (issue 19): the header's network bar (which network is
// open, the way back to the curated dataset, the library, "Edit a copy") and the editor panel.
import { useCallback, useState, type ReactNode, type RefObject } from "react";
import type { Dataset } from "../../model";
import { openNetwork, select, type AppState, type Selection } from "../../state";
import type { GraphView } from "../../view";
import { copyOf, type NetworkRecord } from "../../io/store";
import { shippedDatasets } from "../data/shippedDatasets";
import { LibraryDialog } from "../library/LibraryDialog";
import { takenIds } from "../library/libraryActions";
import { EditorPanel } from "./EditorPanel";
import { useEditor } from "./useEditor";
import { useT } from "../i18n/I18nProvider";

export interface EditorMountHost {
  dataset: Dataset | undefined;
  show: (dataset: Dataset) => void;
  state: AppState;
  update: (change: (current: AppState) => AppState) => void;
  notice: (text: string) => void;
}

export interface EditorMount {
  headerTools: ReactNode;
  panel: (viewRef: RefObject<GraphView | null>) => ReactNode;
}

export function useEditorMount({ dataset, show, state, update, notice }: EditorMountHost): EditorMount {
  const t = useT();
  const openId = useCallback((datasetId: string) => update(openNetwork(datasetId)), [update]);
  const session = useEditor({ dataset, show, openId, notice });
  const [panelOpen, setPanelOpen] = useState(true);
  const curated = shippedDatasets()[0];
  const editable = session.record !== undefined && session.record.kind !== "imported";
  const selectElement = (selection: Selection | undefined) => update(select(selection));

  const openRecord = (record: NetworkRecord) => {
    setPanelOpen(true);
    void session.open(record);
  };
  const editCopy = () => {
    if (!dataset) return;
    void takenIds().then((taken) => openRecord(copyOf(dataset, taken, Date.now())));
  };
  const kind = t(session.record ? ({ own: "network.own", copy: "network.copy", imported: "network.imported" } as const)[session.record.kind] : dataset && dataset.id === curated?.id ? "network.curated" : "network.shipped");

  const headerTools = (
    <span className="network-bar" role="group" aria-label={t("library.network")}>
      <span className="network-badge" data-testid="network-kind">
        {kind}
      </span>
      {dataset && curated && dataset.id !== curated.id && (
        <button type="button" onClick={() => openId(curated.id)}>
          {t("network.back")} <bdi>{curated.title}</bdi>
        </button>
      )}
      <LibraryDialog openId={dataset?.id} onOpenShipped={openId} onOpenRecord={openRecord} notice={notice} />
      {editable ? (
        <button type="button" aria-pressed={panelOpen} onClick={() => setPanelOpen((open) => !open)}>
          {t("network.editor")}
        </button>
      ) : (
        <button type="button" onClick={editCopy} disabled={!dataset}>
          {t("story.copy")}
        </button>
      )}
    </span>
  );

  const panel = (viewRef: RefObject<GraphView | null>) =>
    editable && panelOpen ? <EditorPanel session={session} selection={state.selection} onSelect={selectElement} query={state.query} show={show} viewRef={viewRef} notice={notice} /> : null;

  return { headerTools, panel };
}

/** Calls the panel's render prop as a component, so the graph view ref is read in effects and handlers, not during the shell's render. */
export function EditorPanelSlot({ render, viewRef }: { render: EditorMount["panel"]; viewRef: RefObject<GraphView | null> }) {
  return render(viewRef);
}

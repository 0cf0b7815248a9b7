// What the app shell mounts for the editor (issue 19): the header's network bar (which network is
// open, the way back to the curated dataset, the library, "Edit a copy") and the editor panel.
// This file is light on purpose: the editor itself (session, forms, library, store) is the
// `runtime` module, loaded with import() when the page is idle, or at once when a network of the
// library is open or a button here asks for it, so that the first page stays small.
import { useCallback, useEffect, useState, type ReactNode, type RefObject } from "react";
import type { Dataset } from "../../model";
import { openNetwork, select, type AppState, type Selection } from "../../state";
import type { GraphView } from "../../view";
import type { NetworkRecord } from "../../io/store";
import { shippedDatasets } from "../data/shippedDatasets";
import type * as RuntimeModule from "./runtime";
import type { EditorSession } from "./useEditor";
import { useT } from "../i18n/I18nProvider";
import type { Notice } from "../app/notice";

type Runtime = typeof RuntimeModule;

export interface EditorMountHost {
  dataset: Dataset | undefined;
  show: (dataset: Dataset) => void;
  state: AppState;
  update: (change: (current: AppState) => AppState) => void;
  notice: (notice: Notice) => void;
}

export interface EditorMount {
  headerTools: ReactNode;
  panel: (viewRef: RefObject<GraphView | null>) => ReactNode;
  /** The editing session, once the editor's code is there; the shell renders it once, outside the explorer. */
  host: ReactNode;
}

let loading: Promise<Runtime> | undefined;
/** The editor's code, loaded once. */
export const loadEditor = (): Promise<Runtime> => (loading ??= import("./runtime"));

/** Loads the editor when the page is idle (or at once), and keeps the module. */
function useRuntime(now: boolean): [Runtime | undefined, () => void] {
  const [runtime, setRuntime] = useState<Runtime>();
  const load = useCallback(() => void loadEditor().then(setRuntime), []);
  useEffect(() => {
    if (runtime) return;
    if (now) return load();
    const idle = window.requestIdleCallback?.(load, { timeout: 3000 }) ?? window.setTimeout(load, 1500);
    return () => (window.cancelIdleCallback ? window.cancelIdleCallback(idle) : window.clearTimeout(idle));
  }, [runtime, now, load]);
  return [runtime, load];
}

export function useEditorMount({ dataset, show, state, update, notice }: EditorMountHost): EditorMount {
  const t = useT();
  const openId = useCallback((datasetId: string) => update(openNetwork(datasetId)), [update]);
  const curated = shippedDatasets()[0];
  const shipped = dataset !== undefined && shippedDatasets().some((entry) => entry.id === dataset.id);
  // A network that is not shipped may be one of the library's: the editor is needed at once.
  const [runtime, load] = useRuntime(dataset !== undefined && !shipped);
  const [session, setSession] = useState<EditorSession>();
  const [panelOpen, setPanelOpen] = useState(true);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [copying, setCopying] = useState(false);
  const record = session?.record?.id === dataset?.id ? session?.record : undefined;
  const editable = record !== undefined && record.kind !== "imported";
  const selectElement = (selection: Selection | undefined) => update(select(selection));

  // Kept in the library first: the session finds it there when the link names it.
  const openRecord = (next: NetworkRecord) =>
    void loadEditor()
      .then((editorCode) => editorCode.keepInLibrary(next))
      .then((kept) => {
        if (!kept) return notice(t("network.notKept", { title: next.dataset.title }));
        setPanelOpen(true);
        show(next.dataset);
        openId(next.id);
      });
  const editCopy = () => {
    if (!dataset) return;
    setCopying(true);
    void loadEditor()
      .then((editorCode) => editorCode.copyNetwork(dataset, (title) => t("network.copyTitle", { title })))
      .then(openRecord)
      .finally(() => setCopying(false));
  };

  const kind = t(
    record
      ? ({ own: "network.own", copy: "network.copy", imported: "network.imported" } as const)[record.kind]
      : dataset && dataset.id === curated?.id
        ? "network.curated"
        : shipped
          ? "network.shipped"
          : "network.imported",
  );

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
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setLibraryOpen(true);
          load();
        }}
      >
        {t("library.button")}
      </button>
      {editable ? (
        <button type="button" aria-pressed={panelOpen} onClick={() => setPanelOpen((open) => !open)}>
          {t("network.editor")}
        </button>
      ) : (
        <button type="button" onClick={editCopy} disabled={!dataset} aria-busy={copying || undefined}>
          {t("story.copy")}
        </button>
      )}
      {runtime && libraryOpen && (
        <runtime.LibraryDialog
          openId={dataset?.id}
          onOpenShipped={openId}
          onOpenRecord={openRecord}
          notice={notice}
          editing={editable && session ? { id: record.id, apply: session.apply } : undefined}
          onClose={() => setLibraryOpen(false)}
        />
      )}
    </span>
  );

  const panel = (viewRef: RefObject<GraphView | null>) =>
    runtime && session && editable && panelOpen ? (
      <runtime.EditorPanel
        session={session}
        selection={state.selection}
        onSelect={selectElement}
        query={state.query}
        show={show}
        viewRef={viewRef}
        notice={notice}
      />
    ) : null;

  const host = runtime ? <runtime.EditorSessionHost host={{ dataset, show, notice }} onSession={setSession} /> : null;
  return { headerTools, panel, host };
}

/** Calls the panel's render prop as a component, so the graph view ref is read in effects and handlers, not during the shell's render. */
export function EditorPanelSlot({
  render,
  viewRef,
}: {
  render: EditorMount["panel"];
  viewRef: RefObject<GraphView | null>;
}) {
  return render(viewRef);
}

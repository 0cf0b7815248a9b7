// The editor beside the graph: the selected actor or relation as a form, new actors (also from a
// search with no hit), sources, kinds, versions and their comparison, duplicates; undo and redo.
import { useEffect, useMemo, useState, type RefObject } from "react";
import type { Dataset } from "../../model";
import { normalizeForSearch } from "../../analysis/search";
import type { Selection } from "../../state";
import { comparisonDataset, diffDatasets, markMap, newActor } from "../../state/edit";
import type { GraphView } from "../../view";
import { ActorDeletion } from "./ActorDeletion";
import { ActorForm } from "./ActorForm";
import { ConnectActor } from "./ConnectActor";
import { DiffList } from "./DiffList";
import { DuplicatesSection } from "./DuplicatesSection";
import { KindsSection } from "./KindsSection";
import { RelationForm } from "./RelationForm";
import { SourcesSection } from "./SourcesSection";
import type { EditorSession } from "./useEditor";
import { VersionsSection, type Comparison } from "./VersionsSection";
import { exposeTestHook } from "../app/testHook";
import "./editor.css";

export interface EditorPanelProps {
  session: EditorSession;
  selection: Selection | undefined;
  onSelect: (selection: Selection | undefined) => void;
  query: string;
  show: (dataset: Dataset) => void;
  viewRef: RefObject<GraphView | null>;
  notice: (text: string) => void;
}

export function EditorPanel({ session, selection, onSelect, query, show, viewRef, notice }: EditorPanelProps) {
  const { record, history } = session;
  const [comparison, setComparison] = useState<Comparison | undefined>();
  const [newName, setNewName] = useState<string | undefined>();
  const diff = useMemo(() => comparison && diffDatasets(comparison.a, comparison.b), [comparison]);

  useEffect(() => exposeTestHook({ diffMarked: () => viewRef.current?.diffMarked() }), [viewRef]);
  // While comparing, the graph shows both versions with their changes marked.
  useEffect(() => {
    if (!comparison || !diff) return;
    show(comparisonDataset(comparison.a, comparison.b, diff));
    const view = viewRef.current;
    view?.setDiffMarks(markMap(diff));
    return () => view?.setDiffMarks(new Map());
  }, [comparison, diff, show, viewRef]);

  if (!record) return null;
  const dataset = record.dataset;
  const closeComparison = () => {
    setComparison(undefined);
    show(dataset);
  };
  const actor = selection?.type === "actor" ? dataset.actors.find((item) => item.id === selection.id) : undefined;
  const relation = selection?.type === "relation" ? dataset.relations.find((item) => item.id === selection.id) : undefined;
  const typed = query.trim();
  const noHit = typed !== "" && !dataset.actors.some((item) => [item.name, ...item.aliases].some((name) => normalizeForSearch(name) === normalizeForSearch(typed)));
  const lastDone = history.past.at(-1);
  const nextRedo = history.future[0];

  return (
    <section className="editor-panel" aria-label="Editor">
      <div className="editor-head">
        <h3>Editing “{dataset.title}”</h3>
        <button type="button" disabled={!lastDone} onClick={session.undo} title={lastDone ? `Undo: ${lastDone.label} (Ctrl+Z)` : "Nothing to undo"} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" disabled={!nextRedo} onClick={session.redo} title={nextRedo ? `Redo: ${nextRedo.label} (Ctrl+Shift+Z)` : "Nothing to redo"} aria-keyshortcuts="Control+Shift+Z">
          Redo
        </button>
        <p className="editor-hint" aria-live="polite" data-testid="editor-last">
          {lastDone ? `Last change: ${lastDone.label}` : "No change yet."} Saved in this browser.
        </p>
      </div>
      {comparison && diff ? (
        <>
          <DiffList a={comparison.a} b={comparison.b} diff={diff} labels={comparison.labels} />
          <p className="editor-legend">
            On the graph: <span className="diff-added">added</span> · <span className="diff-removed">removed</span> · <span className="diff-changed">changed</span>
          </p>
          <button type="button" onClick={closeComparison}>
            Close comparison
          </button>
        </>
      ) : (
        <>
          <div className="editor-row editor-wrap">
            <button type="button" onClick={() => setNewName("")}>
              New actor
            </button>
            {noHit && (
              <button type="button" onClick={() => setNewName(typed)}>
                Create actor “{typed}”
              </button>
            )}
          </div>
          {newName !== undefined && (
            <ActorForm
              key={`new:${newName}`}
              dataset={dataset}
              actor={{ ...newActor(dataset, newName || "actor"), name: newName }}
              isNew
              apply={session.apply}
              onDone={(created) => {
                setNewName(undefined);
                onSelect({ type: "actor", id: created.id });
              }}
            />
          )}
          {actor && (
            <>
              <ActorForm key={JSON.stringify(actor)} dataset={dataset} actor={actor} isNew={false} apply={session.apply} />
              <ConnectActor dataset={dataset} actorId={actor.id} apply={session.apply} onCreated={(id) => onSelect({ type: "relation", id })} />
              <ActorDeletion key={actor.id} dataset={dataset} actorId={actor.id} apply={session.apply} onDeleted={() => onSelect(undefined)} />
            </>
          )}
          {relation && <RelationForm key={JSON.stringify(relation)} dataset={dataset} relation={relation} apply={session.apply} onDeleted={() => onSelect(undefined)} />}
          {!actor && !relation && newName === undefined && <p className="editor-hint">Select an actor or a relation to edit it.</p>}
          <SourcesSection dataset={dataset} apply={session.apply} />
          <KindsSection dataset={dataset} apply={session.apply} />
          <VersionsSection dataset={dataset} versions={session.versions} onSave={session.saveVersion} onCompare={setComparison} notice={notice} />
          <DuplicatesSection dataset={dataset} apply={session.apply} />
        </>
      )}
    </section>
  );
}

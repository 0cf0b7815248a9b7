// The editor beside the graph: the selected actor or relation as a form, new actors (also from a
// search with no hit), sources, kinds, versions and their comparison, duplicates; undo and redo.
import { useMemo, useState, type RefObject } from "react";
import type { Dataset, Issue } from "../../model";
import { normalizeForSearch } from "../../analysis/search";
import type { Selection } from "../../state";
import {
  applyOp,
  diffDatasets,
  newActor,
  suggestDuplicates,
  type DuplicateSuggestion,
  type Edit,
} from "../../state/edit";
import type { GraphView } from "../../view";
import { ActorDeletion } from "./ActorDeletion";
import { ActorForm } from "./ActorForm";
import { ConnectActor } from "./ConnectActor";
import { ComparisonView } from "./ComparisonView";
import { DuplicatesSection } from "./DuplicatesSection";
import { KindsSection } from "./KindsSection";
import { NewRelationForm, type RelationDraft } from "./NewRelationForm";
import { RelationForm } from "./RelationForm";
import { SourcesSection } from "./SourcesSection";
import type { EditorSession } from "./useEditor";
import { useEditorOnGraph } from "./useEditorOnGraph";
import { VersionsSection, type Comparison } from "./VersionsSection";
import { useT } from "../i18n/I18nProvider";
import { Message } from "./Message";
import { editLabelMessage } from "./editLabelMessage";
import { UndoBar } from "./UndoBar";
import type { Notice } from "../app/notice";
import "./editor.css";

export interface EditorPanelProps {
  session: EditorSession;
  selection: Selection | undefined;
  onSelect: (selection: Selection | undefined) => void;
  query: string;
  show: (dataset: Dataset) => void;
  viewRef: RefObject<GraphView | null>;
  notice: (notice: Notice) => void;
}

export function EditorPanel({ session, selection, onSelect, query, show, viewRef, notice }: EditorPanelProps) {
  const t = useT();
  const { record } = session;
  const [comparison, setComparison] = useState<Comparison | undefined>();
  const [newName, setNewName] = useState<string | undefined>();
  const [draft, setDraft] = useState<RelationDraft | undefined>();
  const [drawing, setDrawing] = useState(false);
  const [importProblems, setImportProblems] = useState<Issue[]>([]);
  /** Likely duplicates found right after a file was brought in (replace or merge). */
  const [duplicates, setDuplicates] = useState<{ pairs: DuplicateSuggestion[] } | undefined>();
  const diff = useMemo(() => comparison && diffDatasets(comparison.a, comparison.b), [comparison]);

  useEditorOnGraph({ viewRef, drawing, onDrawn: setDraft, comparison, diff, show, notice });

  if (!record) return null;
  const dataset = record.dataset;
  const closeComparison = () => {
    setComparison(undefined);
    setImportProblems([]);
    show(dataset);
  };
  // The file replaces the network, or is merged into it: one edit (one undo); the network drawn is then the result.
  const bringIn = (edit: Edit) => {
    const refused = session.apply(edit);
    setImportProblems(refused);
    if (refused.length > 0) return;
    setComparison(undefined);
    notice({ id: "editor.broughtIn", values: { label: editLabelMessage(edit.label) } });
    // Duplicates are looked for at once in what the file brought (same name keys as the search).
    setDuplicates({ pairs: suggestDuplicates(applyOp(dataset, edit.op)) });
  };
  const actor = selection?.type === "actor" ? dataset.actors.find((item) => item.id === selection.id) : undefined;
  const relation =
    selection?.type === "relation" ? dataset.relations.find((item) => item.id === selection.id) : undefined;
  const typed = query.trim();
  const noHit =
    typed !== "" &&
    !dataset.actors.some((item) =>
      [item.name, ...item.aliases].some((name) => normalizeForSearch(name) === normalizeForSearch(typed)),
    );

  return (
    <section className="editor-panel" aria-label={t("editor.label")}>
      <div className="editor-head">
        <h2>
          <Message id="editor.editing" values={{ title: <bdi>{dataset.title}</bdi> }} />
        </h2>
        <UndoBar session={session} />
      </div>
      {comparison && diff ? (
        <ComparisonView
          dataset={dataset}
          comparison={comparison}
          diff={diff}
          problems={importProblems}
          onBringIn={bringIn}
          onClose={closeComparison}
        />
      ) : (
        <>
          <div className="editor-row editor-wrap">
            <button type="button" onClick={() => setNewName("")}>
              {t("editor.newActor")}
            </button>
            <button type="button" aria-pressed={drawing} onClick={() => setDrawing((on) => !on)}>
              {t("editor.drawRelations")}
            </button>
            {noHit && (
              <button type="button" onClick={() => setNewName(typed)}>
                <Message id="editor.createActor" values={{ name: <bdi>{typed}</bdi> }} />
              </button>
            )}
          </div>
          {drawing && <p className="editor-hint">{t("editor.drawHint")}</p>}
          {draft && (
            <NewRelationForm
              key={`${draft.from}>${draft.to}`}
              dataset={dataset}
              draft={draft}
              apply={session.apply}
              onCreated={(id) => {
                setDraft(undefined);
                onSelect({ type: "relation", id });
              }}
              onCancel={() => setDraft(undefined)}
            />
          )}
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
              <ActorForm
                key={JSON.stringify(actor)}
                dataset={dataset}
                actor={actor}
                isNew={false}
                apply={session.apply}
              />
              {/* Keys distinct within the fragment: two equal keys left stale copies behind on each new actor. */}
              <ConnectActor key={`connect:${actor.id}`} dataset={dataset} actorId={actor.id} onStart={setDraft} />
              <ActorDeletion
                key={`delete:${actor.id}`}
                dataset={dataset}
                actorId={actor.id}
                apply={session.apply}
                onDeleted={() => onSelect(undefined)}
              />
            </>
          )}
          {relation && (
            <RelationForm
              key={JSON.stringify(relation)}
              dataset={dataset}
              relation={relation}
              apply={session.apply}
              onDeleted={() => onSelect(undefined)}
            />
          )}
          {!actor && !relation && newName === undefined && !draft && (
            <p className="editor-hint">{t("editor.selectHint")}</p>
          )}
          <SourcesSection dataset={dataset} apply={session.apply} />
          <KindsSection dataset={dataset} apply={session.apply} />
          <VersionsSection
            dataset={dataset}
            versions={session.versions}
            onSave={session.saveVersion}
            onCompare={setComparison}
            notice={notice}
          />
          <DuplicatesSection
            key={duplicates ? "after-import" : "on-demand"}
            dataset={dataset}
            apply={session.apply}
            suggested={duplicates?.pairs}
          />
        </>
      )}
    </section>
  );
}

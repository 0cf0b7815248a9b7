// What the editor does on the graph: relations drawn by dragging from actor to actor, and while
// two versions are compared, both shown with their changes marked; plus the browser tests' hooks.
import { useEffect, type RefObject } from "react";
import type { Dataset } from "../../model";
import { comparisonDataset, markMap, type DatasetDiff } from "../../state/edit";
import type { GraphView } from "../../view";
import type { Notice } from "../app/notice";
import { exposeTestHook } from "../app/testHook";
import { useT } from "../i18n/I18nProvider";
import type { RelationDraft } from "./NewRelationForm";
import type { Comparison } from "./VersionsSection";

export interface EditorOnGraph {
  viewRef: RefObject<GraphView | null>;
  /** Whether relations are drawn on the graph now; `onDrawn` receives each one drawn. */
  drawing: boolean;
  onDrawn: (draft: RelationDraft) => void;
  comparison: Comparison | undefined;
  diff: DatasetDiff | undefined;
  show: (dataset: Dataset) => void;
  notice: (notice: Notice) => void;
}

/** `onDrawn`, `show` and `notice` are to be stable (a state setter, callbacks kept by the shell). */
export function useEditorOnGraph({ viewRef, drawing, onDrawn, comparison, diff, show, notice }: EditorOnGraph): void {
  const t = useT();
  useEffect(
    () =>
      exposeTestHook({
        diffMarked: () => viewRef.current?.editing.diffMarked(),
        actorPoints: () => viewRef.current?.editing.actorPoints(),
      }),
    [viewRef],
  );
  // Drawing relations on the graph: a drag from one actor to another opens the new relation's form.
  useEffect(() => {
    if (!drawing) return;
    const view = viewRef.current;
    if (!view?.editing.drawRelations((from, to) => onDrawn({ from, to }))) {
      notice(t("editor.noDrawing"));
      return;
    }
    return () => void view.editing.drawRelations(undefined);
  }, [drawing, viewRef, notice, t, onDrawn]);
  // While comparing, the graph shows both versions with their changes marked.
  useEffect(() => {
    if (!comparison || !diff) return;
    show(comparisonDataset(comparison.a, comparison.b, diff));
    const view = viewRef.current;
    view?.editing.setDiffMarks(markMap(diff));
    return () => view?.editing.setDiffMarks(new Map());
  }, [comparison, diff, show, viewRef]);
}

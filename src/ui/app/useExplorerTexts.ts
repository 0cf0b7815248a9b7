// The explorer's texts about the network: shown/total counts, what is shown in words (announced,
// and the graph's description) and the graph's label.
import { useMemo } from "react";
import type { AppState, LoadedDataset } from "../../state";
import { describeGraph, describeShown } from "../graph/describeGraph";
import { useT } from "../i18n/I18nProvider";
import type { ExplorerViewWithSearch } from "./useExplorerView";

export interface ExplorerTexts {
  counts: string;
  /** Announced when it changes. */
  shownText: string;
  graphDescription: string;
  graphLabel: string;
}

export function useExplorerTexts(loaded: LoadedDataset, state: AppState, view: ExplorerViewWithSearch): ExplorerTexts {
  const t = useT();
  const { dataset } = loaded;
  const counts = t("explorer.counts", {
    actors: view.visible.actors.size,
    totalActors: dataset.actors.length,
    relations: view.visible.relations.size,
    totalRelations: dataset.relations.length,
  });
  const descriptionInput = {
    lookup: view.lookup,
    visible: view.visible,
    focus: view.focus ? state.focus : undefined,
    selection: state.selection,
    pathLength: view.pathElements?.relations.size,
  };
  const shownText = describeShown(descriptionInput, t);
  const graphDescription = describeGraph(descriptionInput, t);
  const graphLabel = useMemo(
    () => t("explorer.graphLabel", { actors: dataset.actors.length, relations: dataset.relations.length }),
    [dataset, t],
  );
  return { counts, shownText, graphDescription, graphLabel };
}

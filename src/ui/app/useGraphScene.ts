// What the graph shows (the view's Scene): the visible elements, the path, sizes and colours, when
// to fit and where the camera points; memoised so that the graph redraws only when one changes.
import { useMemo } from "react";
import type { AppState } from "../../state";
import type { Scene } from "../../view";
import type { ExplorerViewWithSearch } from "./useExplorerView";

/** Node sizes, community and file colours (useNodeAppearance). */
export type SceneAppearance = Pick<Scene, "sizes" | "communities" | "fileColours">;

export function useGraphScene(
  view: ExplorerViewWithSearch,
  state: AppState,
  { sizes, communities, fileColours }: SceneAppearance,
): Scene {
  const fitKey = state.focus ? `${state.focus.actor}:${state.focus.depth}` : undefined;
  return useMemo<Scene>(
    () => ({
      visible: view.visible,
      hiddenMode: state.filters.mode,
      emphasis: view.pathElements,
      path: view.pathElements,
      sizes,
      communities,
      fileColours,
      fitKey,
      camera: state.camera,
    }),
    [view.visible, state.filters.mode, view.pathElements, sizes, communities, fileColours, fitKey, state.camera],
  );
}

// The explorer's side panel: the editor, the story panel, the path finder and the details of what
// is selected (with an actor's actions and metrics).
import { setPath, type CapturedStep } from "../../state";
import { degreeOf, MetricsSection } from "../connections/MetricsSection";
import { PathFinder } from "../connections/PathFinder";
import { DetailsPanel } from "../details/DetailsPanel";
import { EditorPanelSlot, type EditorMount } from "../editor/useEditorMount"; // editor (issue 19)
import { ActorActions } from "./ActorActions";
import type { ExplorerPanels } from "./useExplorerPanels";
import type { ExplorerParts } from "./explorerParts";
import type { MetricsState } from "./useMetrics";

export interface ExplorerSidePanelProps extends ExplorerParts {
  panels: ExplorerPanels;
  metrics: MetricsState;
  /** Whether the dataset's relations have weights (shown beside an actor's metrics). */
  weighted: boolean;
  editor: EditorMount | undefined;
  storyPanel: ((capture: () => CapturedStep) => React.ReactNode) | undefined;
  /** Describes the current view as a new story step. */
  capture: () => CapturedStep;
}

export function ExplorerSidePanel({
  loaded: { graph },
  state,
  update,
  view,
  viewRef,
  onSelect,
  panels,
  metrics,
  weighted,
  editor,
  storyPanel,
  capture,
}: ExplorerSidePanelProps) {
  return (
    <>
      {editor && <EditorPanelSlot render={editor.panel} viewRef={viewRef} /> /* EDITOR MOUNT (issue 19) */}
      {panels.storiesOpen && storyPanel && <StoryPanelSlot render={storyPanel} capture={capture} />}
      {panels.pathsOpen && (
        <PathFinder
          key={panels.pathStart}
          initialFrom={panels.pathStart}
          index={view.searchIndex}
          lookup={view.lookup}
          query={state.path}
          result={view.pathResult}
          onQuery={(path) => update(setPath(path))}
          onSelect={onSelect}
        />
      )}
      <DetailsPanel
        selection={state.selection}
        lookup={view.lookup}
        visibleRelations={view.filtered.relations}
        shownClaims={view.filtered.claims}
        onSelect={onSelect}
        actorExtras={(id) => (
          <>
            <ActorActions actorId={id} state={state} update={update} onPathFrom={panels.findPathsFrom} />
            <MetricsSection actorId={id} metrics={metrics} degree={degreeOf(graph, id)} weighted={weighted} />
          </>
        )}
      />
    </>
  );
}

/** Calls the story panel's render prop as a component, so `capture` (which reads the graph view) runs on click, not during render. */
function StoryPanelSlot({
  render,
  capture,
}: {
  render: (capture: () => CapturedStep) => React.ReactNode;
  capture: () => CapturedStep;
}) {
  return render(capture);
}

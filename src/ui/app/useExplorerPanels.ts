// Which of the explorer's optional panels are open: paths (and the actor they start from),
// "as of" playback and stories.
import { useState } from "react";
import { asOfMonth, type AppState } from "../../state";

export interface ExplorerPanels {
  pathsOpen: boolean;
  togglePaths: () => void;
  /** The path finder's start, set by "Find paths from here" (it restarts with that actor). */
  pathStart: string | undefined;
  /** Opens the path finder starting from `actorId`. */
  findPathsFrom: (actorId: string) => void;
  asOfOpen: boolean;
  toggleAsOf: () => void;
  closeAsOf: () => void;
  storiesOpen: boolean;
  toggleStories: () => void;
}

/** `storiesPanel`: the story panel's state when the caller keeps it across explorer visits. */
export function useExplorerPanels(
  state: AppState,
  storiesPanel: { open: boolean; onToggle: () => void } | undefined,
): ExplorerPanels {
  const [pathsOpen, setPathsOpen] = useState(state.path !== undefined);
  const [storiesOpenHere, setStoriesOpenHere] = useState(false);
  // "As of" playback (src/ui/timeline): open when the link shows one month.
  const [asOfOpen, setAsOfOpen] = useState(asOfMonth(state) !== undefined);
  // The app may own this state, so the panel is still open after previewing a story.
  const storiesOpen = storiesPanel?.open ?? storiesOpenHere;
  const toggleStories = () => (storiesPanel ? storiesPanel.onToggle() : setStoriesOpenHere((open) => !open));
  // Bumped by "Find paths from here" so the path finder restarts with that actor as its start.
  const [pathStart, setPathStart] = useState<string | undefined>();
  return {
    pathsOpen,
    togglePaths: () => setPathsOpen((open) => !open),
    pathStart,
    findPathsFrom: (actorId) => {
      setPathStart(actorId);
      setPathsOpen(true);
    },
    asOfOpen,
    toggleAsOf: () => setAsOfOpen((open) => !open),
    closeAsOf: () => setAsOfOpen(false),
    storiesOpen,
    toggleStories,
  };
}

// Header tools: import, export, theme, present.
import type { RefObject } from "react";
import type { Dataset } from "../../model";
import type { Theme } from "../../state";
import type { GraphView } from "../../view";
import type { ElementSets } from "../graph/GraphCanvas";
import { ExportMenu } from "../files/ExportMenu";
import { ImportButton, type ImportOutcome } from "../files/ImportButton";

export interface ExplorerToolsProps {
  dataset: Dataset;
  visible: ElementSets;
  viewRef: RefObject<GraphView | null>;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  onImport: (outcome: ImportOutcome) => void;
  onPresent?: () => void;
}

export function ExplorerTools({ dataset, visible, viewRef, theme, onTheme, onImport, onPresent }: ExplorerToolsProps) {
  return (
    <>
      {onPresent && (
        <button type="button" onClick={onPresent} disabled={dataset.stories.length === 0} title={dataset.stories.length === 0 ? "This dataset has no stories yet" : "Play a story step by step"}>
          Present
        </button>
      )}
      <ImportButton onOutcome={onImport} />
      <ExportMenu dataset={dataset} actors={visible.actors} relations={visible.relations} view={() => viewRef.current} />
      <button type="button" aria-pressed={theme === "projector"} onClick={() => onTheme(theme === "projector" ? "light" : "projector")} title="High contrast, large type for projectors">
        Projector theme
      </button>
    </>
  );
}

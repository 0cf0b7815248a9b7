// The explorer's header: the dataset's title and counts, the search, the view switch and the tools
// (editor, paths, "as of", stories, import/export/theme/present, embed).
import type { ReactNode } from "react";
import { search, setTheme, showView } from "../../state";
import type { ImportOutcome } from "../files/ImportButton";
import { useT } from "../i18n/I18nProvider";
import { SearchBox } from "../search/SearchBox";
import { EmbedDialog } from "../share/EmbedDialog";
import { AppHeader } from "./AppHeader";
import { ExplorerTools } from "./ExplorerTools";
import type { ExplorerParts } from "./explorerParts";
import type { ExplorerPanels } from "./useExplorerPanels";

export interface ExplorerHeaderProps extends ExplorerParts {
  counts: string;
  panels: ExplorerPanels;
  /** Whether there is a story panel to open. */
  stories: boolean;
  /** EDITOR MOUNT (issue 19): the network bar. */
  editorTools: ReactNode;
  onImport: (outcome: ImportOutcome) => void;
  onPresent?: () => void;
}

export function ExplorerHeader({
  loaded: { dataset },
  state,
  update,
  view,
  viewRef,
  counts,
  onSelect,
  panels,
  stories,
  editorTools,
  onImport,
  onPresent,
}: ExplorerHeaderProps) {
  const t = useT();
  return (
    <AppHeader
      title={dataset.title}
      lang={dataset.language}
      counts={counts}
      view={state.view}
      onView={(mode) => update(showView(mode))}
      search={
        <SearchBox
          index={view.searchIndex}
          query={state.query}
          shortcut
          onQuery={(query) => update(search(query))}
          onPick={(id) => onSelect({ type: "actor", id })}
        />
      }
      tools={
        <>
          {editorTools /* EDITOR MOUNT (issue 19) */}
          <button type="button" aria-pressed={panels.pathsOpen} onClick={panels.togglePaths}>
            {t("explorer.paths")}
          </button>
          <button type="button" aria-pressed={panels.asOfOpen} onClick={panels.toggleAsOf}>
            {t("explorer.asOf")}
          </button>
          {stories && (
            <button type="button" aria-pressed={panels.storiesOpen} onClick={panels.toggleStories}>
              {t("explorer.stories")}
            </button>
          )}
          <ExplorerTools
            dataset={dataset}
            visible={view.visible}
            viewRef={viewRef}
            theme={state.theme}
            onTheme={(theme) => update(setTheme(theme))}
            onImport={onImport}
            onPresent={onPresent}
          />
          <EmbedDialog dataset={dataset} state={state} />
        </>
      }
    />
  );
}

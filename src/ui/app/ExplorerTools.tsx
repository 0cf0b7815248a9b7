// Header tools: import, export, theme, present.
import type { RefObject } from "react";
import type { Dataset } from "../../model";
import type { Theme } from "../../state";
import type { GraphView } from "../../view";
import type { ElementSets } from "../../view";
import { ExportMenu } from "../files/ExportMenu";
import { ImportButton, type ImportOutcome } from "../files/ImportButton";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { useT } from "../i18n/I18nProvider";
import { LanguageSwitch } from "../i18n/LanguageSwitch";

export interface ExplorerToolsProps {
  dataset: Dataset;
  visible: ElementSets;
  viewRef: RefObject<GraphView | null>;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  onImport: (outcome: ImportOutcome) => void;
  /** Plays the first story; absent when there is none to play (the button is then disabled). */
  onPresent?: () => void;
}

export function ExplorerTools({ dataset, visible, viewRef, theme, onTheme, onImport, onPresent }: ExplorerToolsProps) {
  const t = useT();
  return (
    <>
      <button
        type="button"
        onClick={onPresent}
        disabled={!onPresent}
        title={onPresent ? t("tools.presentHint") : t("tools.presentNone")}
      >
        {t("tools.present")}
      </button>
      <ImportButton onOutcome={onImport} />
      <ExportMenu
        dataset={dataset}
        actors={visible.actors}
        relations={visible.relations}
        view={() => viewRef.current}
      />
      <button
        type="button"
        aria-pressed={theme === "projector"}
        onClick={() => onTheme(theme === "projector" ? "light" : "projector")}
        title={t("tools.projectorHint")}
      >
        {t("tools.projector")}
      </button>
      <ShortcutsDialog />
      <LanguageSwitch />
    </>
  );
}

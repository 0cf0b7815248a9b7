// The app's words burned into exported pictures (sources line, line styles, relation families, how
// much of a large graph is drawn), in the interface language. The dataset's own words stay as they are.
import type { ExportWords, RelationFamily } from "../../view";
import { isAppFamily } from "../../view";
import type { MessageId } from "../i18n/catalogues";
import { lineStyleText } from "../i18n/statusText";
import type { Translate } from "../i18n/translator";

/** An app family's name ("Money and support") in the interface language; a kind standing for itself keeps its label. */
export const familyLabel = (t: Translate, family: RelationFamily): string =>
  isAppFamily(family) ? t(`family.${family.id}` as MessageId) : family.label;

export function exportWords(t: Translate): ExportWords {
  return {
    sourcesLine: (sources) => t("export.sourcesLine", { sources }),
    lineStyles: lineStyleText(t),
    family: (family) => familyLabel(t, family),
    coverage: (counts) => t("export.coverage", counts),
  };
}

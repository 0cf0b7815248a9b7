// A claim status's words in the interface language (symbol, colour and line stay in STATUS_PRESENTATION).
import type { RelationStatus } from "../../model";
import { STATUS_PRESENTATION } from "../../state";
import type { MessageId } from "./catalogues";
import type { Translate } from "./translator";

export function statusText(
  t: Translate,
  status: RelationStatus,
): { label: string; description: string; classroom: string } {
  return {
    label: t(`status.${status}` as MessageId),
    description: t(`status.${status}.description` as MessageId),
    classroom: t(`status.${status}.classroom` as MessageId),
  };
}

const CLASSROOM_STATUS = new Map(
  Object.entries(STATUS_PRESENTATION).flatMap(([status, presentation]) =>
    presentation.classroomLabel ? [[presentation.classroomLabel, status as RelationStatus] as const] : [],
  ),
);

/** A classroom label from the state layer ("Claimed, not verified") in the interface language. */
export function classroomText(t: Translate, englishLabel: string): string {
  const status = CLASSROOM_STATUS.get(englishLabel);
  return status ? statusText(t, status).classroom : englishLabel;
}

/** "Lines: double = confirmed, solid = reported, …" in the interface language, from the one status table. */
export function lineStyleText(t: Translate): string {
  const groups = new Map<string, string[]>();
  // In the table's order (most to least certain), so that a new row joins the note on its own.
  for (const [status, { lineName }] of Object.entries(STATUS_PRESENTATION)) {
    const label = statusText(t, status as RelationStatus).label.toLocaleLowerCase(t.intl.locale);
    groups.set(lineName, [...(groups.get(lineName) ?? []), label]);
  }
  const parts = [...groups].map(
    ([line, labels]) =>
      `${t(`line.${line.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}` as MessageId)} = ${labels.join("/")}`,
  );
  return t("filters.lines", { lines: parts.join(", ") });
}

// The timeline's rows as a flat list for drawing: one per relation, or grouped under the actor
// each relation starts from (actors by name, their relations earliest first).
import type { TimelineRow } from "./timelineRows";

export type TimelineItem = { kind: "group"; actor: string } | { kind: "row"; row: TimelineRow };

export function groupRows(
  rows: readonly TimelineRow[],
  byActor: boolean,
  actorName: (id: string) => string,
): TimelineItem[] {
  if (!byActor) return rows.map((row) => ({ kind: "row", row }));
  const groups = new Map<string, TimelineRow[]>();
  for (const row of rows) {
    const list = groups.get(row.relation.from);
    if (list) list.push(row);
    else groups.set(row.relation.from, [row]);
  }
  // One collator for the whole sort: localeCompare builds one per call, seconds at 20k actors.
  const collator = new Intl.Collator();
  const names = new Map([...groups.keys()].map((id) => [id, actorName(id)]));
  const actors = [...groups.keys()].sort((a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b));
  return actors.flatMap((actor): TimelineItem[] => [
    { kind: "group", actor },
    ...(groups.get(actor) ?? []).map((row): TimelineItem => ({ kind: "row", row })),
  ]);
}

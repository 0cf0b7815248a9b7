import type { Selection } from "../../state";
import type { ExplorerViewWithSearch as ExplorerView } from "./useExplorerView";

/** What a screen reader hears when the selection changes, wherever it was changed from. */
export function announceSelection(selection: Selection | undefined, view: ExplorerView): string {
  if (!selection) return "";
  const { lookup } = view;
  if (selection.type === "actor") {
    const actor = lookup.actors.get(selection.id);
    if (!actor) return "";
    const relations = lookup.relationsOf.get(actor.id)?.length ?? 0;
    return `Selected ${actor.name}, ${lookup.actorKinds.get(actor.kind)?.label ?? actor.kind}, ${relations} relation${relations === 1 ? "" : "s"}. Details are in the side panel.`;
  }
  const relation = lookup.relations.get(selection.id);
  if (!relation) return "";
  const from = lookup.actors.get(relation.from)?.name ?? relation.from;
  const to = lookup.actors.get(relation.to)?.name ?? relation.to;
  return `Selected relation: ${from} ${lookup.relationKinds.get(relation.kind)?.label ?? relation.kind} ${to}, ${relation.claims.length} claim${relation.claims.length === 1 ? "" : "s"}.`;
}

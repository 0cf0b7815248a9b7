import type { Selection } from "../../state";
import type { Translate } from "../i18n/translator";
import type { ExplorerViewWithSearch as ExplorerView } from "./useExplorerView";

/** What a screen reader hears when the selection changes, wherever it was changed from. */
export function announceSelection(selection: Selection | undefined, view: ExplorerView, t: Translate): string {
  if (!selection) return "";
  const { lookup } = view;
  if (selection.type === "actor") {
    const actor = lookup.actors.get(selection.id);
    if (!actor) return "";
    const relations = lookup.relationsOf.get(actor.id)?.length ?? 0;
    return t("announce.actor", {
      name: actor.name,
      kind: lookup.actorKinds.get(actor.kind)?.label ?? actor.kind,
      count: relations,
    });
  }
  const relation = lookup.relations.get(selection.id);
  if (!relation) return "";
  const from = lookup.actors.get(relation.from)?.name ?? relation.from;
  const to = lookup.actors.get(relation.to)?.name ?? relation.to;
  return t("announce.relation", {
    from,
    kind: lookup.relationKinds.get(relation.kind)?.label ?? relation.kind,
    to,
    count: relation.claims.length,
  });
}

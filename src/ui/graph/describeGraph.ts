// What the graph region says to a screen reader: what is shown (counts), the focus and the
// selection, in the interface language. The canvas is a picture; this text is its equivalent,
// kept current. Names are the data's own, as the dataset spells them.
import { actorName, type DatasetLookup } from "../../model";
import type { ElementSets, Focus, Selection } from "../../state";
import { englishTranslator, type Translate } from "../i18n/translator";

export interface GraphDescriptionInput {
  lookup: DatasetLookup;
  visible: ElementSets;
  focus: Focus | undefined;
  selection: Selection | undefined;
  /** Relations shown on a found path, if any. */
  pathLength?: number;
}

/** Counts and focus: what changes when filters, focus or paths change. Announced politely. */
export function describeShown(
  { lookup, visible, focus, pathLength }: GraphDescriptionInput,
  t: Translate = englishTranslator,
): string {
  const { actors, relations } = lookup.dataset;
  const parts = [
    t("graph.shown", {
      shownActors: visible.actors.size,
      actors: actors.length,
      shownRelations: visible.relations.size,
      relations: relations.length,
    }),
  ];
  if (focus && lookup.actors.has(focus.actor))
    parts.push(t("graph.focus", { name: actorName(lookup, focus.actor), depth: focus.depth }));
  if (pathLength !== undefined && pathLength > 0) parts.push(t("graph.path", { count: pathLength }));
  return parts.join(" ");
}

/** The whole description of the graph region: what is shown, then what is selected. */
export function describeGraph(input: GraphDescriptionInput, t: Translate = englishTranslator): string {
  const { lookup, selection } = input;
  const shown = describeShown(input, t);
  if (!selection) return `${shown} ${t("graph.nothingSelected")}`;
  if (selection.type === "actor") {
    return lookup.actors.has(selection.id)
      ? `${shown} ${t("graph.selectedActor", { name: actorName(lookup, selection.id) })}`
      : shown;
  }
  const relation = lookup.relations.get(selection.id);
  if (!relation) return shown;
  return `${shown} ${t("graph.selectedRelation", { from: actorName(lookup, relation.from), to: actorName(lookup, relation.to) })}`;
}

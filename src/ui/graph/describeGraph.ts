// What the graph region says to a screen reader: what is shown (counts), the focus and the
// selection. The canvas is a picture; this text is its equivalent, kept current.
import { actorName, type DatasetLookup } from "../../model";
import type { ElementSets, Focus, Selection } from "../../state";

export interface GraphDescriptionInput {
  lookup: DatasetLookup;
  visible: ElementSets;
  focus: Focus | undefined;
  selection: Selection | undefined;
  /** Relations shown on a found path, if any. */
  pathLength?: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Counts and focus: what changes when filters, focus or paths change. Announced politely. */
export function describeShown({ lookup, visible, focus, pathLength }: GraphDescriptionInput): string {
  const { actors, relations } = lookup.dataset;
  const parts = [`Showing ${visible.actors.size} of ${plural(actors.length, "actor", "actors")} and ${visible.relations.size} of ${plural(relations.length, "relation", "relations")}.`];
  if (focus && lookup.actors.has(focus.actor)) {
    parts.push(`Focus: ${actorName(lookup, focus.actor)} and ${focus.depth === 1 ? "direct neighbours" : `neighbours up to ${focus.depth} steps away`}.`);
  }
  if (pathLength !== undefined && pathLength > 0) parts.push(`A path of ${plural(pathLength, "relation", "relations")} is highlighted.`);
  return parts.join(" ");
}

/** The whole description of the graph region: what is shown, then what is selected. */
export function describeGraph(input: GraphDescriptionInput): string {
  const { lookup, selection } = input;
  const shown = describeShown(input);
  if (!selection) return `${shown} Nothing selected.`;
  if (selection.type === "actor") {
    return lookup.actors.has(selection.id) ? `${shown} Selected: ${actorName(lookup, selection.id)}.` : shown;
  }
  const relation = lookup.relations.get(selection.id);
  if (!relation) return shown;
  return `${shown} Selected: the relation between ${actorName(lookup, relation.from)} and ${actorName(lookup, relation.to)}.`;
}

// A path as one readable line, for tooltips, copy-paste and screen readers.
import type { ActorGraph } from "../../model";
import type { ActorPath } from "./types";

/**
 * "Kamal Hassan —funds→ Coastal fighters ←commands— X —allied-with— Y": an arrow points the way
 * a directed relation goes, so a hop walked against its direction shows a reversed arrow.
 * Kinds are shown by `kindLabels[kind]` when given, else by their id.
 */
export function describePath(
  graph: ActorGraph,
  path: ActorPath,
  kindLabels?: Readonly<Record<string, string>>,
): string {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  if (path.hops.length === 0) return path.actors.map(label).join(" ");
  let text = label(path.hops[0]!.from);
  for (const hop of path.hops) {
    const kind = kindLabels?.[hop.kind] ?? hop.kind;
    const link = !hop.directed ? `—${kind}—` : hop.forward ? `—${kind}→` : `←${kind}—`;
    text += ` ${link} ${label(hop.to)}`;
  }
  return text;
}

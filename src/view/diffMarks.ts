// The diff of two versions drawn on the graph (issue 19): added, removed and changed elements get
// a class each. Colour is not alone: added is a thick solid border, removed a dashed faded one,
// changed a double border; edges widen. The marks also travel as data for browser tests.
import type { StylesheetJson } from "cytoscape";
import { modelIdOf } from "./elementIds";

export type DiffMark = "added" | "removed" | "changed";
export const DIFF_MARKS: readonly DiffMark[] = ["added", "removed", "changed"];

const COLOURS: Record<DiffMark, string> = { added: "#1a9850", removed: "#d73027", changed: "#e08214" };

export const DIFF_STYLES: StylesheetJson = [
  { selector: "node.diff-added", style: { "border-color": COLOURS.added, "border-width": 6, "border-style": "solid" } },
  {
    selector: "node.diff-removed",
    style: { "border-color": COLOURS.removed, "border-width": 5, "border-style": "dashed", opacity: 0.55 },
  },
  {
    selector: "node.diff-changed",
    style: { "border-color": COLOURS.changed, "border-width": 7, "border-style": "double" },
  },
  {
    selector: "edge.diff-added",
    style: { "line-color": COLOURS.added, "target-arrow-color": COLOURS.added, width: 5, opacity: 1 },
  },
  {
    selector: "edge.diff-removed",
    style: {
      "line-color": COLOURS.removed,
      "target-arrow-color": COLOURS.removed,
      width: 4,
      "line-style": "dashed",
      opacity: 0.7,
    },
  },
  {
    selector: "edge.diff-changed",
    style: { "line-color": COLOURS.changed, "target-arrow-color": COLOURS.changed, width: 5, opacity: 1 },
  },
];

interface Marked {
  id(): string;
  toggleClass(cls: string, on: boolean): unknown;
  data(field: string, value: unknown): unknown;
}

/** Gives each element the class of its mark (and no other diff class). */
export function applyDiffMarks(
  elements: { forEach(each: (element: Marked) => void): unknown },
  marks: ReadonlyMap<string, DiffMark>,
): void {
  elements.forEach((element) => {
    const mark = marks.get(modelIdOf(element));
    for (const candidate of DIFF_MARKS) element.toggleClass(`diff-${candidate}`, mark === candidate);
    element.data("diff", mark ?? null);
  });
}

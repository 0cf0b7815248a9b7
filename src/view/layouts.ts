// Layouts of graphs drawn whole: fcose, seeded so it is the same every time. Large graphs are
// laid out on the model instead (detail/modelLayouts.ts and the ForceAtlas2 worker).
import type { Core, LayoutOptions, NodeSingular } from "cytoscape";
import type { LayoutName } from "../state";
import { seededSquare } from "../model";
import { withSeededRandom } from "./seededRandom";
import { actorElementId } from "./elementIds";

/**
 * Above this many actors a graph is large: drawn in part (detail/), laid out by ForceAtlas2 in a
 * worker (fcose takes ~10 s at 1k).
 */
export const LARGE_GRAPH = 400;

function forceOptions(): LayoutOptions {
  return {
    name: "fcose",
    quality: "default",
    randomize: false,
    animate: false,
    fit: true,
    padding: 40,
    nodeSeparation: 120,
    // Labels count as part of the node so that names do not pile on top of each other.
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 170,
    edgeElasticity: () => 0.3,
    nodeRepulsion: () => 80000,
    gravity: 0.2,
    gravityRange: 3.8,
    numIter: 2500,
    packComponents: true,
  } as LayoutOptions;
}

/** Places nodes on seeded random positions (fcose starts from these instead of Math.random). */
export function seedPositions(cy: Core, seed: number): void {
  const square = seededSquare(cy.nodes().length, seed, 120);
  cy.nodes().positions((_node, index) => square[index] ?? { x: 0, y: 0 });
}

export function runLayout(cy: Core, name: LayoutName, seed: number, root?: string): void {
  const visible = cy.elements().not(".hidden");
  if (name === "force") {
    seedPositions(cy, seed);
    withSeededRandom(seed, () => visible.layout(forceOptions()).run());
    return;
  }
  if (name === "concentric") {
    visible
      .layout({
        name: "concentric",
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        animate: false,
        padding: 30,
      })
      .run();
    return;
  }
  const hub = visible.nodes().max((node) => node.degree(false)).ele as NodeSingular | undefined;
  const roots = root && cy.getElementById(actorElementId(root)).nonempty() ? cy.getElementById(actorElementId(root)) : hub;
  const options = { name: "breadthfirst", roots, directed: false, spacingFactor: 1.1, animate: false, padding: 30 };
  visible.layout(options).run();
}

// Layout options per layout name. Force layout is fcose, seeded so it is the same every time.
import type { Core, LayoutOptions, NodeSingular } from "cytoscape";
import type { LayoutName } from "../state";
import { seededRandom, withSeededRandom } from "./seededRandom";

const LARGE_GRAPH = 1500;

function forceOptions(nodeCount: number): LayoutOptions {
  return {
    name: "fcose",
    quality: nodeCount > LARGE_GRAPH ? "draft" : "default",
    randomize: false,
    animate: false,
    fit: true,
    padding: 40,
    nodeSeparation: 120,
    // Labels count as part of the node so that names do not pile on top of each other.
    nodeDimensionsIncludeLabels: nodeCount <= LARGE_GRAPH,
    idealEdgeLength: () => (nodeCount > LARGE_GRAPH ? 80 : 170),
    edgeElasticity: () => 0.3,
    nodeRepulsion: () => (nodeCount > LARGE_GRAPH ? 9000 : 80000),
    gravity: 0.2,
    gravityRange: 3.8,
    numIter: nodeCount > LARGE_GRAPH ? 600 : 2500,
    packComponents: true,
  } as LayoutOptions;
}

/** Places nodes on seeded random positions: fcose starts from these instead of Math.random. */
function seedPositions(cy: Core, seed: number): void {
  const random = seededRandom(seed);
  const spread = Math.sqrt(cy.nodes().length) * 120;
  cy.nodes().positions(() => ({ x: random() * spread, y: random() * spread }));
}

export function runLayout(cy: Core, name: LayoutName, seed: number, root?: string): void {
  const visible = cy.elements().not(".hidden");
  if (name === "force") {
    seedPositions(cy, seed);
    withSeededRandom(seed, () => visible.layout(forceOptions(visible.nodes().length)).run());
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
  const roots = root && cy.getElementById(root).nonempty() ? `#${CSS.escape(root)}` : hub ? `#${CSS.escape(hub.id())}` : undefined;
  const options = { name: "breadthfirst", roots, directed: false, spacingFactor: 1.1, animate: false, padding: 30 };
  visible.layout(options).run();
}

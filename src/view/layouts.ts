// Layouts of graphs drawn whole: fcose, seeded so it is the same every time. Large graphs are
// laid out on the model instead (detail/modelLayouts.ts and the ForceAtlas2 worker).
import cytoscape, {
  type Collection,
  type Core,
  type LayoutOptions,
  type NodeCollection,
  type NodeSingular,
} from "cytoscape";
import type { LayoutName } from "../state";
import { seededSquare } from "../model";
import { withSeededRandom } from "./seededRandom";
import { actorElementId, modelIdOf } from "./elementIds";
import type { Point } from "./detail/chooseDetail";
import { layeredLayout } from "./layeredLayout";
import { parsedStyle } from "./labels/parsedStyle";

/**
 * Above this many actors a graph is large: drawn in part (detail/), laid out by ForceAtlas2 in a
 * worker (fcose takes ~10 s at 1k).
 */
export const LARGE_GRAPH = 400;

let forceLayout: Promise<void> | undefined;

/**
 * fcose (~30 KB gzip with its two libraries) is a chunk of its own, fetched alongside the first
 * dataset (src/ui/app/useDataset.ts) instead of with the page. Never rejects: offline and not
 * cached, the force layout falls back to cytoscape's own cose.
 */
export function loadForceLayout(): Promise<void> {
  forceLayout ??= import("cytoscape-fcose").then(
    ({ default: fcose }) => {
      if (!forceLayoutReady()) cytoscape.use(fcose);
    },
    () => undefined,
  );
  return forceLayout;
}

const forceLayoutReady = (): boolean => cytoscape("layout", "fcose") !== undefined;

function forceOptions(padding: number): LayoutOptions {
  // Not loaded (yet): cytoscape's built-in spring layout, so that a graph is never left unplaced.
  if (!forceLayoutReady())
    return { name: "cose", randomize: false, animate: false, fit: true, padding, nodeDimensionsIncludeLabels: true };
  return {
    name: "fcose",
    quality: "default",
    randomize: false,
    animate: false,
    fit: true,
    padding,
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

/**
 * `fromFile`: the file's positions by model id, for the "file" layout (without them it falls
 * back to force).
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  seed: number,
  root?: string,
  padding = 30,
  fromFile?: ReadonlyMap<string, Point>,
): void {
  const visible = cy.elements().not(".hidden");
  if (name === "file" && fromFile) {
    placeFromFile(cy, visible.nodes(), fromFile, padding);
    return;
  }
  if (name === "file") name = "force";
  if (name === "force") {
    seedPositions(cy, seed);
    withSeededRandom(seed, () => visible.layout(forceOptions(padding)).run());
    stretchToCanvas(cy, visible.nodes(), padding);
    return;
  }
  if (name === "concentric") {
    visible
      .layout({
        name: "concentric",
        concentric: (node: NodeSingular) => node.degree(false),
        // About four rings, whatever the degrees: one ring per degree lined rings up in a column.
        levelWidth: (nodes: NodeCollection) => Math.max(1, nodes.maxDegree(false) / 4),
        minNodeSpacing: 30,
        // Rings far enough apart for the names between them.
        nodeDimensionsIncludeLabels: true,
        avoidOverlap: true,
        spacingFactor: 1.15,
        animate: false,
        padding,
      })
      .run();
    return;
  }
  const hub = visible.nodes().max((node) => node.degree(false)).ele as NodeSingular | undefined;
  // `root` is a model id; the layered layout works on element ids throughout.
  const start = root && cy.getElementById(actorElementId(root)).nonempty() ? actorElementId(root) : hub?.id();
  runLayered(cy, visible, start, padding);
}

/** Model units per actor (the side of the square each gets): about what the force layout leaves. */
const FILE_SPACING = 110;

/**
 * The file's picture, scaled as a whole (never distorted) so that each actor has about the room
 * the force layout gives it: files use any unit (Gephi's are often a few pixels apart).
 */
function placeFromFile(cy: Core, nodes: NodeCollection, fromFile: ReadonlyMap<string, Point>, padding: number): void {
  const placed = nodes
    .map((node) => fromFile.get(modelIdOf(node)))
    .filter((point): point is Point => point !== undefined);
  const xs = placed.map((point) => point.x);
  const ys = placed.map((point) => point.y);
  const width = placed.length > 0 ? Math.max(...xs) - Math.min(...xs) : 0;
  const height = placed.length > 0 ? Math.max(...ys) - Math.min(...ys) : 0;
  const count = Math.max(placed.length, 1);
  // Actors on one line have no area: their spacing along the line counts.
  const spacing = width > 0 && height > 0 ? Math.sqrt((width * height) / count) : Math.max(width, height) / count;
  const scale = spacing > 0 ? FILE_SPACING / spacing : 1;
  cy.batch(() =>
    nodes.positions((node) => {
      const at = fromFile.get(modelIdOf(node)) ?? { x: 0, y: 0 };
      return { x: at.x * scale, y: at.y * scale };
    }),
  );
  cy.fit(nodes, padding);
}

/** The Tree layout (layeredLayout.ts): columns from the root, sized by the labels. */
function runLayered(cy: Core, visible: Collection, root: string | undefined, padding: number): void {
  const nodes = visible.nodes();
  const offset = new Map<string, { x: number; y: number }>();
  const sized = nodes.map((node) => {
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const centre = node.position();
    offset.set(node.id(), { x: centre.x - (box.x1 + box.x2) / 2, y: centre.y - (box.y1 + box.y2) / 2 });
    return { id: node.id(), width: box.w, height: box.h };
  });
  const shown = new Set(nodes.map((node) => node.id()));
  const neighbours = (id: string) =>
    cy
      .getElementById(id)
      .neighborhood("node")
      .filter((node) => shown.has(node.id()))
      .map((node) => node.id());
  const fontSize = nodes.empty() ? 13 : parsedStyle(nodes.first(), "font-size").pfValue;
  const positions = layeredLayout(sized, neighbours, root, { columnGap: fontSize * 3, rowGap: fontSize * 0.6 });
  cy.batch(() =>
    nodes.positions((node) => {
      const at = positions.get(node.id()) ?? { x: 0, y: 0 };
      const shift = offset.get(node.id()) ?? { x: 0, y: 0 };
      return { x: at.x + shift.x, y: at.y + shift.y };
    }),
  );
  cy.fit(visible, padding);
}

/**
 * Stretches a force layout along its shorter side to the canvas's proportions (at most 1.6×),
 * so that it fills the canvas. Stretching only moves nodes apart: no new overlaps.
 */
function stretchToCanvas(cy: Core, nodes: NodeCollection, padding: number): void {
  const box = nodes.boundingBox({ includeLabels: false });
  if (nodes.length < 3 || box.w <= 0 || box.h <= 0) return;
  const canvas = (cy.width() - 2 * padding) / Math.max(cy.height() - 2 * padding, 1);
  const layout = box.w / box.h;
  const sx = canvas > layout ? Math.min(1.6, canvas / layout) : 1;
  const sy = canvas < layout ? Math.min(1.6, layout / canvas) : 1;
  if (sx === 1 && sy === 1) return;
  const cx = (box.x1 + box.x2) / 2;
  const cy0 = (box.y1 + box.y2) / 2;
  cy.batch(() =>
    nodes.positions((node) => ({ x: cx + (node.position("x") - cx) * sx, y: cy0 + (node.position("y") - cy0) * sy })),
  );
  cy.fit(nodes, padding);
}

// What the overview layer draws, as flat arrays: every actor and relation the filters let
// through, at its model position, with its colour (kind or community), size and fading.
// Rebuilt when positions or the app's state change (a few ms at 20k), read on every frame.
import type { ActorGraph } from "../../model";
import type { Point } from "../detail/chooseDetail";
import type { ElementState } from "../elementState";
import { COMMUNITY_COLOUR_COUNT, communityColour, kindColour } from "../palette";

const NO_COMMUNITY = "#999999";

export interface OverviewScene {
  /** Drawn actors; index i of every array below is ids[i]. Grouped by colour (drawing order). */
  ids: string[];
  xs: Float64Array;
  ys: Float64Array;
  /** 0..1 from the app's size metric (0 when none). */
  sizes: Float32Array;
  colours: string[];
  colourOf: Uint8Array;
  /** Faded by a filter in "fade" mode, or outside the emphasis (a story step, a path). */
  faded: Uint8Array;
  /** Drawn relations as pairs of actor indices. */
  edgeFrom: Uint32Array;
  edgeTo: Uint32Array;
  edgeFaded: Uint8Array;
  indexOf: ReadonlyMap<string, number>;
}

/** The graph as flat arrays, built once per graph: scenes are rebuilt from it in a few ms. */
export interface SceneBase {
  nodeIds: string[];
  nodeKinds: string[];
  edgeIds: string[];
  /** Endpoints as indexes into nodeIds. */
  edgeA: Uint32Array;
  edgeB: Uint32Array;
}

export function sceneBase(graph: ActorGraph): SceneBase {
  const nodeIds = graph.nodes();
  const index = new Map(nodeIds.map((id, position) => [id, position]));
  const nodeKinds = nodeIds.map((id) => graph.getNodeAttribute(id, "kind"));
  const edgeIds: string[] = [];
  const a: number[] = [];
  const b: number[] = [];
  graph.forEachEdge((id, _attributes, source, target) => {
    edgeIds.push(id);
    a.push(index.get(source) ?? 0);
    b.push(index.get(target) ?? 0);
  });
  return { nodeIds, nodeKinds, edgeIds, edgeA: Uint32Array.from(a), edgeB: Uint32Array.from(b) };
}

export interface SceneInput {
  base: SceneBase;
  positions: ReadonlyMap<string, Point>;
  state: ElementState;
  /** The position of an actor kind in the vocabulary (its colour), as elements.ts assigns it. */
  kindIndex: (kind: string) => number;
}

/** Slots (of 256) the file's colours may take; the rest stay for kinds and communities. */
const MAX_FILE_COLOUR_SLOTS = 200;

export function buildScene({ base, positions, state, kindIndex }: SceneInput): OverviewScene {
  const colours: string[] = [];
  const colourSlot = new Map<string, number>();
  const slotOf = (colour: string): number => {
    let slot = colourSlot.get(colour);
    if (slot === undefined) {
      slot = colours.length;
      colours.push(colour);
      colourSlot.set(colour, slot);
    }
    return slot;
  };
  const communities = state.communities;
  const fileColours = state.fileColours;
  const kindSlots = new Map<string, number>();
  const slotFor = (id: string, kind: string): number => {
    const fileColour = fileColours?.get(id);
    // Colour slots are bytes: a file with hundreds of distinct colours keeps kind colours past them.
    if (fileColour !== undefined && (colourSlot.has(fileColour) || colours.length < MAX_FILE_COLOUR_SLOTS))
      return slotOf(fileColour);
    if (communities) {
      const community = communities.get(id);
      return slotOf(
        community === undefined || community >= COMMUNITY_COLOUR_COUNT ? NO_COMMUNITY : communityColour(community),
      );
    }
    let slot = kindSlots.get(kind);
    if (slot === undefined) kindSlots.set(kind, (slot = slotOf(kindColour(kindIndex(kind)))));
    return slot;
  };

  // Drawable actors with a place, then ordered by colour (a counting sort: one path per colour).
  const total = base.nodeIds.length;
  const slots = new Int32Array(total).fill(-1);
  const slotCounts: number[] = [];
  for (let node = 0; node < total; node++) {
    const id = base.nodeIds[node] ?? "";
    if (!positions.has(id) || !state.drawableActor(id)) continue;
    const slot = slotFor(id, base.nodeKinds[node] ?? "");
    slots[node] = slot;
    slotCounts[slot] = (slotCounts[slot] ?? 0) + 1;
  }
  const next: number[] = [];
  let count = 0;
  for (let slot = 0; slot < colours.length; slot++) {
    next[slot] = count;
    count += slotCounts[slot] ?? 0;
  }

  const scene: OverviewScene = {
    ids: new Array<string>(count),
    xs: new Float64Array(count),
    ys: new Float64Array(count),
    sizes: new Float32Array(count),
    colours,
    colourOf: new Uint8Array(count),
    faded: new Uint8Array(count),
    edgeFrom: new Uint32Array(0),
    edgeTo: new Uint32Array(0),
    edgeFaded: new Uint8Array(0),
    indexOf: new Map(),
  };
  const indexOf = new Map<string, number>();
  const sceneIndex = new Int32Array(total).fill(-1);
  const fadedActor = fadedBy(state, "actors");
  for (let node = 0; node < total; node++) {
    const slot = slots[node] ?? -1;
    if (slot < 0) continue;
    const id = base.nodeIds[node] ?? "";
    const at = positions.get(id) ?? { x: 0, y: 0 };
    const index = next[slot] ?? 0;
    next[slot] = index + 1;
    scene.ids[index] = id;
    scene.xs[index] = at.x;
    scene.ys[index] = at.y;
    scene.sizes[index] = state.sizes.get(id) ?? 0;
    scene.colourOf[index] = Math.min(slot, 255);
    scene.faded[index] = fadedActor(id) ? 1 : 0;
    indexOf.set(id, index);
    sceneIndex[node] = index;
  }

  const edges = base.edgeIds.length;
  const from = new Uint32Array(edges);
  const to = new Uint32Array(edges);
  const faded = new Uint8Array(edges);
  const fadedRelation = fadedBy(state, "relations");
  let drawn = 0;
  for (let e = 0; e < edges; e++) {
    const a = sceneIndex[base.edgeA[e] ?? 0] ?? -1;
    const b = sceneIndex[base.edgeB[e] ?? 0] ?? -1;
    const id = base.edgeIds[e] ?? "";
    if (a < 0 || b < 0 || !state.drawableRelation(id)) continue;
    from[drawn] = a;
    to[drawn] = b;
    faded[drawn] = fadedRelation(id) ? 1 : 0;
    drawn++;
  }
  scene.edgeFrom = from.slice(0, drawn);
  scene.edgeTo = to.slice(0, drawn);
  scene.edgeFaded = faded.slice(0, drawn);
  scene.indexOf = indexOf;
  return scene;
}

/** The same rules as ElementState's "faded" and "deemphasised" classes. */
function fadedBy(state: ElementState, group: "actors" | "relations"): (id: string) => boolean {
  const visibility = state.visibility;
  const emphasis = state.emphasis;
  return (id) =>
    (visibility?.mode === "fade" && !visibility[group].has(id)) || (emphasis !== undefined && !emphasis[group].has(id));
}

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
  /** Faded by a filter in "fade" mode, or outside a focus. */
  faded: Uint8Array;
  /** Drawn relations as pairs of actor indices. */
  edgeFrom: Uint32Array;
  edgeTo: Uint32Array;
  edgeFaded: Uint8Array;
  indexOf: ReadonlyMap<string, number>;
}

export interface SceneInput {
  graph: ActorGraph;
  positions: ReadonlyMap<string, Point>;
  state: ElementState;
  /** The position of an actor kind in the vocabulary (its colour), as elements.ts assigns it. */
  kindIndex: (kind: string) => number;
}

export function buildScene({ graph, positions, state, kindIndex }: SceneInput): OverviewScene {
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
  const colourFor = (id: string, kind: string): string => {
    if (!communities) return kindColour(kindIndex(kind));
    const community = communities.get(id);
    return community === undefined || community >= COMMUNITY_COLOUR_COUNT ? NO_COMMUNITY : communityColour(community);
  };

  // Gathered, then ordered by colour so that each colour is one path on the canvas.
  const gathered: Array<{ id: string; slot: number; at: Point }> = [];
  graph.forEachNode((id, attributes) => {
    const at = positions.get(id);
    if (!at || !state.drawableActor(id)) return;
    gathered.push({ id, slot: slotOf(colourFor(id, attributes.kind)), at });
  });
  gathered.sort((a, b) => a.slot - b.slot);

  const count = gathered.length;
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
  const fadedActor = fadedBy(state, "actors");
  gathered.forEach(({ id, slot, at }, index) => {
    scene.ids[index] = id;
    scene.xs[index] = at.x;
    scene.ys[index] = at.y;
    scene.sizes[index] = state.sizes.get(id) ?? 0;
    scene.colourOf[index] = Math.min(slot, 255);
    scene.faded[index] = fadedActor(id) ? 1 : 0;
    indexOf.set(id, index);
  });

  const from: number[] = [];
  const to: number[] = [];
  const faded: number[] = [];
  const fadedRelation = fadedBy(state, "relations");
  graph.forEachEdge((id, _attributes, source, target) => {
    const a = indexOf.get(source);
    const b = indexOf.get(target);
    if (a === undefined || b === undefined || !state.drawableRelation(id)) return;
    from.push(a);
    to.push(b);
    faded.push(fadedRelation(id) ? 1 : 0);
  });
  scene.edgeFrom = Uint32Array.from(from);
  scene.edgeTo = Uint32Array.from(to);
  scene.edgeFaded = Uint8Array.from(faded);
  scene.indexOf = indexOf;
  return scene;
}

/** The same rules as ElementState's "faded" and "unfocused" classes. */
function fadedBy(state: ElementState, group: "actors" | "relations"): (id: string) => boolean {
  const visibility = state.visibility;
  const focus = state.focus;
  return (id) => (visibility?.mode === "fade" && !visibility[group].has(id)) || (focus !== undefined && !focus[group].has(id));
}

// What the app asked the view to show (filters, emphasis, path, sizes, communities), kept so that
// elements drawn later (large graphs draw on demand) get the same classes as those drawn now.
import type { Collection } from "cytoscape";
import type { ElementSets, HiddenMode } from "../state";
import { NO_ELEMENTS, type Scene } from "./scene";
import { COMMUNITY_COLOUR_COUNT, communityColour } from "./palette";
import { syncClass, syncData } from "./syncClasses";
import { LARGE_NODE_SCALES, nodeScaleClass } from "./labelScale";

export class ElementState {
  visibility: (ElementSets & { mode: HiddenMode }) | undefined;
  emphasis: ElementSets | undefined;
  path: ElementSets = { actors: new Set(), relations: new Set() };
  sizes: ReadonlyMap<string, number> = new Map();
  communities: ReadonlyMap<string, number> | undefined;
  fileColours: ReadonlyMap<string, string> | undefined;
  /** Large graphs: the scale of nodes for the camera's zoom (undefined: small graphs, no class). */
  nodeScale: number | undefined;

  /** Filters in "hide" mode keep an element from being drawn at all. */
  drawableActor = (id: string): boolean => this.visibility?.mode !== "hide" || this.visibility.actors.has(id);
  drawableRelation = (id: string): boolean => this.visibility?.mode !== "hide" || this.visibility.relations.has(id);

  applyVisibility(elements: Collection): void {
    const shown = this.visibility;
    const hiddenBy = (ids: ReadonlySet<string> | undefined, mode: HiddenMode) => (id: string) =>
      shown?.mode === mode && !(ids?.has(id) ?? true);
    syncClass(elements.nodes(), "hidden", hiddenBy(shown?.actors, "hide"));
    syncClass(elements.nodes(), "faded", hiddenBy(shown?.actors, "fade"));
    syncClass(elements.edges(), "hidden", hiddenBy(shown?.relations, "hide"));
    syncClass(elements.edges(), "faded", hiddenBy(shown?.relations, "fade"));
  }

  applyEmphasis(elements: Collection): void {
    const emphasis = this.emphasis;
    syncClass(elements.nodes(), "emphasised", (id) => emphasis?.actors.has(id) ?? false);
    syncClass(elements.nodes(), "deemphasised", (id) => emphasis !== undefined && !emphasis.actors.has(id));
    syncClass(elements.edges(), "emphasised", (id) => emphasis?.relations.has(id) ?? false);
    syncClass(elements.edges(), "deemphasised", (id) => emphasis !== undefined && !emphasis.relations.has(id));
  }

  applyPath(elements: Collection): void {
    syncClass(elements.nodes(), "on-path", (id) => this.path.actors.has(id));
    syncClass(elements.edges(), "on-path", (id) => this.path.relations.has(id));
  }

  applySizes(elements: Collection): void {
    syncData(elements.nodes(), "size", (id) => this.sizes.get(id) ?? 0);
  }

  applyCommunities(elements: Collection): void {
    const communityOf = this.communities;
    syncData(elements.nodes(), "community", (id) => communityOf?.get(id) ?? -1);
    syncData(elements.nodes(), "communityColour", (id) => {
      const community = communityOf?.get(id);
      return community === undefined || community >= COMMUNITY_COLOUR_COUNT ? undefined : communityColour(community);
    });
    syncClass(elements.nodes(), "by-community", () => communityOf !== undefined);
  }

  /** Takes what changed from `last` to `scene` (compared by reference), visibility aside; says whether the overview's picture changed. */
  applySceneChanges(elements: Collection, last: Scene | undefined, scene: Scene): boolean {
    if (last?.emphasis !== scene.emphasis) {
      this.emphasis = scene.emphasis;
      this.applyEmphasis(elements);
    }
    if (last?.path !== scene.path) {
      this.path = scene.path ?? NO_ELEMENTS;
      this.applyPath(elements);
    }
    if (last?.sizes !== scene.sizes) {
      this.sizes = scene.sizes;
      this.applySizes(elements);
    }
    if (last?.communities !== scene.communities) {
      this.communities = scene.communities;
      this.applyCommunities(elements);
    }
    if (last?.fileColours !== scene.fileColours) {
      this.fileColours = scene.fileColours;
      this.applyFileColours(elements);
    }
    return (
      last?.emphasis !== scene.emphasis ||
      last?.sizes !== scene.sizes ||
      last?.communities !== scene.communities ||
      last?.fileColours !== scene.fileColours
    );
  }

  /** The file's colours win over kinds and communities while shown; actors it left uncoloured keep theirs. */
  applyFileColours(elements: Collection): void {
    const colours = this.fileColours;
    syncData(elements.nodes(), "fileColour", (id) => colours?.get(id));
    syncClass(elements.nodes(), "by-file-colour", () => colours !== undefined);
  }

  /** Gives nodes the class of the current node scale, and only that one; untouched where it is already so. */
  applyNodeScale(elements: Collection): void {
    const scale = this.nodeScale;
    elements.nodes().forEach((node) => {
      for (const each of LARGE_NODE_SCALES) {
        const cls = nodeScaleClass(each);
        const want = each === scale;
        if (node.hasClass(cls) !== want) node.toggleClass(cls, want);
      }
    });
  }

  applyAll(elements: Collection): void {
    this.applyNodeScale(elements);
    this.applyVisibility(elements);
    this.applyEmphasis(elements);
    this.applyPath(elements);
    this.applySizes(elements);
    this.applyCommunities(elements);
    this.applyFileColours(elements);
  }
}

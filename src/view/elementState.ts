// What the app asked the view to show (filters, focus, path, sizes, communities), kept so that
// elements drawn later (large graphs draw on demand) get the same classes as those drawn now.
import type { Collection } from "cytoscape";
import type { ElementSets, HiddenMode } from "../state";
import { COMMUNITY_COLOUR_COUNT, communityColour } from "./palette";
import { syncClass, syncData } from "./syncClasses";

export class ElementState {
  visibility: (ElementSets & { mode: HiddenMode }) | undefined;
  focus: ElementSets | undefined;
  path: ElementSets = { actors: new Set(), relations: new Set() };
  sizes: ReadonlyMap<string, number> = new Map();
  communities: ReadonlyMap<string, number> | undefined;

  /** Filters in "hide" mode keep an element from being drawn at all. */
  drawableActor = (id: string): boolean => this.visibility?.mode !== "hide" || this.visibility.actors.has(id);
  drawableRelation = (id: string): boolean => this.visibility?.mode !== "hide" || this.visibility.relations.has(id);

  applyVisibility(elements: Collection): void {
    const shown = this.visibility;
    const hiddenBy = (ids: ReadonlySet<string> | undefined, mode: HiddenMode) => (id: string) => shown?.mode === mode && !(ids?.has(id) ?? true);
    syncClass(elements.nodes(), "hidden", hiddenBy(shown?.actors, "hide"));
    syncClass(elements.nodes(), "faded", hiddenBy(shown?.actors, "fade"));
    syncClass(elements.edges(), "hidden", hiddenBy(shown?.relations, "hide"));
    syncClass(elements.edges(), "faded", hiddenBy(shown?.relations, "fade"));
  }

  applyFocus(elements: Collection): void {
    const focus = this.focus;
    syncClass(elements.nodes(), "focused", (id) => focus?.actors.has(id) ?? false);
    syncClass(elements.nodes(), "unfocused", (id) => focus !== undefined && !focus.actors.has(id));
    syncClass(elements.edges(), "focused", (id) => focus?.relations.has(id) ?? false);
    syncClass(elements.edges(), "unfocused", (id) => focus !== undefined && !focus.relations.has(id));
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

  applyAll(elements: Collection): void {
    this.applyVisibility(elements);
    this.applyFocus(elements);
    this.applyPath(elements);
    this.applySizes(elements);
    this.applyCommunities(elements);
  }
}

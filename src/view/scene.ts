// Everything the app asks the graph to show, as one object: GraphCanvas builds it, GraphView.setScene
// applies what changed (by reference) since the last scene. "Emphasis" is what the view brings
// forward (a story step, a path); the ego "focus" of the app state has already narrowed `visible`.
import type { Camera, ElementSets, HiddenMode } from "../state";

export interface Scene {
  visible: ElementSets;
  /** How elements outside `visible` look: hidden, or faded and unlabelled. */
  hiddenMode: HiddenMode;
  /** Brought forward; everything else fades. Undefined: nothing is. */
  emphasis: ElementSets | undefined;
  /** A path found; when it changes, the camera brings all of it into view. */
  path: ElementSets | undefined;
  /** 0..1 per actor, mapped to node size; empty: default sizes. */
  sizes: ReadonlyMap<string, number>;
  communities: ReadonlyMap<string, number> | undefined;
  /** The colours the imported file gave its actors (#rgb or #rrggbb), when shown; undefined: not shown. */
  fileColours?: ReadonlyMap<string, string> | undefined;
  /** When this changes to a defined value, the camera fits what is visible (e.g. a new ego focus). */
  fitKey?: string | undefined;
  /**
   * Where the camera looks (a shared link's `cam`): applied with the first scene after a load, in
   * place of any fit, and when it changes to a camera other than the one shown (Back, a new link).
   */
  camera?: Camera | undefined;
}

export const NO_ELEMENTS: ElementSets = { actors: new Set(), relations: new Set() };

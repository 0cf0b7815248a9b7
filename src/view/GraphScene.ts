// The scene on the graph: the ElementState the scenes write (kept for elements drawn later), applied
// to the elements by what changed since the last scene, and what must then be redrawn (the
// overview, the labels, a large graph's detail).
import type { ElementSets, HiddenMode } from "../state";
import type { DetailDrawing } from "./detail/DetailDrawing";
import { ElementState } from "./elementState";
import type { GraphSurface } from "./GraphSurface";
import type { Scene } from "./scene";

export class GraphScene {
  private elementState = new ElementState();
  private last: Scene | undefined;

  constructor(
    private readonly surface: GraphSurface,
    private readonly detail: DetailDrawing,
  ) {}

  get state(): ElementState {
    return this.elementState;
  }

  /** A new graph is loaded: its elements start from no state, and the next scene is applied whole. */
  forget(): void {
    this.last = undefined;
    this.elementState = new ElementState();
  }

  /** Applies what changed since the last scene (compared by reference); returns that last scene. */
  apply(scene: Scene): Scene | undefined {
    const last = this.last;
    this.last = scene;
    const cy = this.surface.cy;
    const elements = cy.elements();
    let appearance = false;
    cy.batch(() => {
      if (last?.visible !== scene.visible || last.hiddenMode !== scene.hiddenMode)
        this.applyVisibility(scene.visible, scene.hiddenMode);
      appearance = this.elementState.applySceneChanges(elements, last, scene);
    });
    // The overview draws from the same state: emphasis, sizes and colours change its picture.
    if (appearance) this.detail.large?.invalidate();
    // Emphasis, path and sizes change which labels come first.
    this.surface.labels?.soon();
    this.detail.soon();
    return last;
  }

  applyVisibility(visible: ElementSets, mode: HiddenMode): void {
    const cy = this.surface.cy;
    this.elementState.visibility = { ...visible, mode };
    cy.batch(() => this.elementState.applyVisibility(cy.elements()));
    this.detail.large?.invalidate();
    this.surface.labels?.soon();
    this.detail.soon();
  }
}

// The selection on the graph: the selected element, a selected actor's relations named, the ring
// of keyboard focus, and the camera keeping it in view (in the part of the canvas a drawer leaves).
import type { Selection } from "../state";
import type { GraphCamera } from "./camera/GraphCamera";
import { neighbourhoodOf } from "./camera/neighbourhood";
import type { DetailDrawing } from "./detail/DetailDrawing";
import { elementIdOf } from "./elementIds";
import type { GraphSurface } from "./GraphSurface";

export class GraphSelection {
  private selected: Selection | undefined;
  private keyboardFocus = false;

  constructor(
    private readonly surface: GraphSurface,
    private readonly camera: GraphCamera,
    private readonly detail: DetailDrawing,
  ) {}

  get current(): Selection | undefined {
    return this.selected;
  }

  /** A new graph is loaded: nothing of it is selected. */
  forget(): void {
    this.selected = undefined;
  }

  showKeyboardFocus(shown: boolean): void {
    const cy = this.surface.cy;
    this.keyboardFocus = shown;
    cy.elements(".keyboard-focus").removeClass("keyboard-focus");
    if (shown && this.selected) cy.getElementById(elementIdOf(this.selected)).addClass("keyboard-focus");
  }

  select(selection: Selection | undefined, reveal: boolean): void {
    const cy = this.surface.cy;
    this.selected = selection;
    cy.elements(".keyboard-focus").removeClass("keyboard-focus");
    this.detail.selected(selection);
    cy.elements().unselect();
    cy.edges(".of-selection").removeClass("of-selection");
    this.surface.labels?.soon();
    if (!selection) return;
    const element = cy.getElementById(elementIdOf(selection));
    if (element.empty()) return;
    element.select();
    // The selected actor's relations name their kind (where the label fits).
    if (element.isNode() && !this.surface.large) element.connectedEdges().not(".hidden").addClass("of-selection");
    if (this.keyboardFocus) element.addClass("keyboard-focus");
    if (!reveal) return;
    if (this.surface.large) this.camera.centreOn(element);
    else this.camera.keepInView(() => neighbourhoodOf(this.surface.cy.getElementById(elementIdOf(selection))));
  }

  setFreeSpan(span: { start: number; end: number } | undefined): void {
    if (!this.camera.setFreeSpan(span) || !span || this.surface.large || !this.selected) return;
    // A drawer now covers part of the canvas: the selection moves out from under it.
    const selected = this.selected;
    this.camera.keepInView(() => neighbourhoodOf(this.surface.cy.getElementById(elementIdOf(selected))));
  }
}

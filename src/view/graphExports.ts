// PNG and SVG pictures of the graph as shown, with title, legend and sources burned in. Large
// graphs draw from the overview layer (every shown element); small ones from cytoscape, with the
// labels placed for the whole picture rather than the canvas.
import type { Core } from "cytoscape";
import type { ActorGraph, Dataset } from "../model";
import { ENGLISH_EXPORT_WORDS, exportCaption, type ExportCaption, type ExportWords } from "./exportCaption";
import { composePng, composeSvg } from "./exportImage";
import { composeLargePng, composeLargeSvg, coverageLine } from "./overview/exportLarge";
import type { OverviewScene } from "./overview/overviewScene";

export interface ExportSource {
  cy: Core;
  /** Large graphs: the whole graph and the overview's current picture of it. */
  large: { graph: ActorGraph; scene: OverviewScene } | undefined;
  textColour: string;
  /** Places labels for the whole picture (the screen's come back next frame). */
  placeLabels: () => void;
}

export function exportPng(
  { cy, large, placeLabels }: ExportSource,
  dataset: Dataset,
  scale: number,
  words: ExportWords = ENGLISH_EXPORT_WORDS,
): Promise<string> {
  const caption = captionOf(cy, large, dataset, words);
  if (large)
    return Promise.resolve(
      composeLargePng(
        large.scene,
        caption,
        coverageLine(large.scene, large.graph.order, large.graph.size, words),
        scale,
      ),
    );
  return composePng(cy, caption, scale, placeLabels);
}

export function exportSvg(
  { cy, large, textColour, placeLabels }: ExportSource,
  dataset: Dataset,
  words: ExportWords = ENGLISH_EXPORT_WORDS,
): Promise<string> {
  const caption = captionOf(cy, large, dataset, words);
  if (large) {
    const nameOf = (id: string) => large.graph.getNodeAttribute(id, "label");
    return Promise.resolve(
      composeLargeSvg(
        large.scene,
        caption,
        coverageLine(large.scene, large.graph.order, large.graph.size, words),
        nameOf,
      ),
    );
  }
  return composeSvg(cy, caption, textColour, placeLabels);
}

/** The legend names only the kinds the picture shows. */
function captionOf(cy: Core, large: ExportSource["large"], dataset: Dataset, words: ExportWords): ExportCaption {
  const actorKinds = large
    ? new Set(large.scene.ids.map((id) => large.graph.getNodeAttribute(id, "kind")))
    : new Set(
        cy
          .nodes()
          .not(".hidden")
          .map((node) => node.data("kind") as string),
      );
  const relationKinds = new Set(
    cy
      .edges()
      .not(".hidden")
      .map((edge) => edge.data("kind") as string),
  );
  return exportCaption(dataset, actorKinds, relationKinds, words);
}

// What every exported image carries besides the graph: title, legend and sources line.
import type { Dataset } from "../model";
import { kindColour } from "./palette";

export interface ExportCaption {
  title: string;
  legend: Array<{ label: string; colour: string }>;
  sourcesLine: string;
}

export function exportCaption(dataset: Dataset, shownKinds: ReadonlySet<string>): ExportCaption {
  return {
    title: dataset.title,
    legend: dataset.actorKinds
      .map((kind, index) => ({ id: kind.id, label: kind.label, colour: kindColour(index) }))
      .filter((entry) => shownKinds.has(entry.id))
      .map(({ label, colour }) => ({ label, colour })),
    sourcesLine: `Sources: ${dataset.sources.map((source) => [source.title, source.publisher, source.published].filter(Boolean).join(", ")).join("; ")}`,
  };
}

/** Escapes text for XML content and attributes: labels are data, never markup. */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

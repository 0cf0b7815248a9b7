// What every exported image carries besides the graph: title, legend and sources line.
import type { Dataset } from "../model";
import { lineStyleNote } from "../state";
import { kindColour } from "./palette";
import { relationFamilies, type RelationFamily } from "./relationFamilies";

export interface ExportCaption {
  title: string;
  /** Actor kinds (a square) then relation colour families (a line). */
  legend: Array<{ label: string; colour: string; line?: boolean }>;
  sourcesLine: string;
  /** "Lines: double = confirmed, …"; English when absent. */
  lineStyles?: string;
}

/** The app's own words on an exported picture, in the interface language (the UI passes them). */
export interface ExportWords {
  sourcesLine: (sources: string) => string;
  lineStyles: string;
  family: (family: RelationFamily) => string;
  coverage: (counts: { actors: number; totalActors: number; relations: number; totalRelations: number }) => string;
}

const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

export const ENGLISH_EXPORT_WORDS: ExportWords = {
  sourcesLine: (sources) => `Sources: ${sources}`,
  lineStyles: lineStyleNote(),
  family: (family) => family.label,
  coverage: ({ actors, totalActors, relations, totalRelations }) =>
    `Drawn: all ${grouped(actors)} shown actors (of ${grouped(totalActors)}) and all ${grouped(relations)} shown relations (of ${grouped(totalRelations)}).`,
};

export function exportCaption(
  dataset: Dataset,
  shownKinds: ReadonlySet<string>,
  shownRelationKinds: ReadonlySet<string> = new Set(),
  words: ExportWords = ENGLISH_EXPORT_WORDS,
): ExportCaption {
  const families = relationFamilies(dataset.relationKinds);
  const relationLegend = new Map<string, { label: string; colour: string; line: true }>();
  for (const kind of dataset.relationKinds) {
    const family = families.get(kind.id);
    if (family && shownRelationKinds.has(kind.id))
      relationLegend.set(family.id, { label: words.family(family), colour: family.colour, line: true });
  }
  return {
    title: dataset.title,
    legend: [
      ...dataset.actorKinds
        .map((kind, index) => ({ id: kind.id, label: kind.label, colour: kindColour(index) }))
        .filter((entry) => shownKinds.has(entry.id))
        .map(({ label, colour }) => ({ label, colour })),
      ...relationLegend.values(),
    ],
    sourcesLine: words.sourcesLine(
      dataset.sources
        .map((source) => [source.title, source.publisher, source.published].filter(Boolean).join(", "))
        .join("; "),
    ),
    lineStyles: words.lineStyles,
  };
}

/** Escapes text for XML content and attributes: labels are data, never markup. */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Breaks a caption line at spaces into lines of at most `maxChars` (a long word stands alone). */
export function wrapCaption(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

// JSON Graph Format and Cytoscape JSON text → dataset.
import { error } from "../../model";
import { restoreGraph, type RestoreOptions } from "../exchange/restoreGraph";
import { parseJson } from "../parseJson";
import type { ReadResult } from "../readDataset";
import { jsonGraphKind, readCytoscape, readJgf } from "./readJsonGraph";

/** Cheap check on the first characters, before parsing: `{"graph":`, `{"graphs":` or `{"elements":` (any key order up front). */
export function isJsonGraph(text: string): boolean {
  const head = text.trimStart().slice(0, 4000);
  return /^\{[\s\S]*?"(graph|graphs|elements)"\s*:/.test(head) && !/"schemaVersion"\s*:/.test(head);
}

export function fromJsonGraph(text: string, options: (format: string) => RestoreOptions): ReadResult {
  const json = parseJson(text);
  if (!json.ok) return json;
  const kind = jsonGraphKind(json.value);
  if (kind === undefined)
    return {
      ok: false,
      issues: [
        error(
          "(root)",
          "not a JSON Graph Format or Cytoscape JSON file: it has no graph or elements",
          "jsonGraph.notJsonGraph",
        ),
      ],
    };
  const value = json.value as Record<string, unknown>;
  const read = kind === "jgf" ? readJgf(value) : readCytoscape(value);
  if (!read.ok) return read;
  return restoreGraph(read.graph, options(kind === "jgf" ? "JSON Graph Format" : "Cytoscape JSON"));
}

// GML text → dataset (networkx, igraph, Gephi, yEd).
import type { ReadResult } from "../readDataset";
import { restoreGraph, type RestoreOptions } from "../exchange/restoreGraph";
import { parseGml } from "./parseGml";
import { readGml } from "./readGml";

/** Never throws: syntax errors and unusable files come back as issues with line numbers. */
export function fromGml(text: string, options: RestoreOptions = {}): ReadResult {
  const tree = parseGml(text);
  if (!tree.ok) return tree;
  const read = readGml(tree.list);
  if (!read.ok) return read;
  return restoreGraph(read.graph, options);
}

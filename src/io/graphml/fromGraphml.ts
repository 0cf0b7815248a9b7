// GraphML text → dataset: lossless for Tangle's own GraphML, best effort for other tools'.
import type { ReadResult } from "../readDataset";
import { restoreGraph, type RestoreOptions } from "../exchange/restoreGraph";
import { parseXmlTree } from "../exchange/xmlTree";
import { readGraphml } from "./readGraphml";

/** Never throws: malformed XML and unusable files come back as issues with line numbers. */
export function fromGraphml(text: string, options: RestoreOptions = {}): ReadResult {
  const tree = parseXmlTree(text);
  if (!tree.ok) return tree;
  const read = readGraphml(tree.root);
  if (!read.ok) return read;
  return restoreGraph(read.graph, options);
}

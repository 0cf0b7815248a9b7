// GEXF text → dataset: lossless for Tangle's own GEXF, best effort for Gephi's and others'.
import type { ReadResult } from "../readDataset";
import { restoreGraph, type RestoreOptions } from "../exchange/restoreGraph";
import { parseXmlTree } from "../exchange/xmlTree";
import { readGexf } from "./readGexf";

/** Never throws: malformed XML and unusable files come back as issues with line numbers. */
export function fromGexf(text: string, options: RestoreOptions = {}): ReadResult {
  const tree = parseXmlTree(text);
  if (!tree.ok) return tree;
  const read = readGexf(tree.root);
  if (!read.ok) return read;
  return restoreGraph(read.graph, options);
}

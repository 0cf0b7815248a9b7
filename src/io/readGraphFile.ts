// The readers for other tools' graph files, chosen by `detectFormat`; every issue names the file.
import { error } from "../model";
import type { Detected } from "./detectFormat";
import { fromFtm, looksLikeFtm } from "./ftm/fromFtm";
import { fromGexf } from "./gexf/fromGexf";
import { fromGml } from "./gml/fromGml";
import { fromGraphml } from "./graphml/fromGraphml";
import { fromJsonGraph, isJsonGraph } from "./jsongraph/fromJsonGraph";
import type { ReadResult } from "./readDataset";

/** A result for the formats other than Tangle's JSON and spreadsheets, or undefined to let the caller read it. */
export function readGraphFile(name: string, text: string, detected: Detected): ReadResult | undefined {
  const options = (format: string) => ({ fallbackTitle: name, origin: { file: name, format } });
  switch (detected.format) {
    case "gexf":
      return fromGexf(text, options("GEXF"));
    case "graphml":
      return fromGraphml(text, options("GraphML"));
    case "gml":
      return fromGml(text, options("GML"));
    case "ftm":
      return fromFtm(text, options("FollowTheMoney"));
    case "jgf-or-cytoscape":
      return fromJsonGraph(text, options);
    case "json":
      // A .json file may be FollowTheMoney, JSON Graph Format or Cytoscape JSON rather than a dataset.
      if (looksLikeFtm(text)) return fromFtm(text, options("FollowTheMoney"));
      return isJsonGraph(text) ? fromJsonGraph(text, options) : undefined;
    case "unsupported":
      return { ok: false, issues: [error("(root)", detected.message, detected.code, detected.values)] };
    default:
      return undefined;
  }
}

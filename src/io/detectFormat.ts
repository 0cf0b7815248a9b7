// Which reader a file needs: by extension, else by its first characters. Formats Tangle does not
// read are still named, with how to convert them, so that a person never sees a schema error for
// a file that was never a dataset.
import type { IssueCode, IssueValues } from "../model";

export type GraphFormat = "json" | "gexf" | "graphml" | "gml" | "jgf-or-cytoscape" | "ftm" | "csv" | "xlsx";
/** A format Tangle does not read, said in English (`message`) and as an issue code for the interface. */
export interface Unsupported {
  format: "unsupported";
  message: string;
  code: IssueCode;
  values?: IssueValues;
}
export type Detected = { format: GraphFormat } | Unsupported | { format: "unknown" };

const CONVERT = "Open it in Gephi (or networkx/igraph) and save it as GEXF or GraphML, then import that file.";

const otherTool = (name: string): Unsupported => ({
  format: "unsupported",
  message: `is a ${name} file, which Tangle does not read. ${CONVERT}`,
  code: "format.otherTool",
  values: { format: name },
});

const UNSUPPORTED = {
  dot: otherTool("Graphviz DOT"),
  gv: otherTool("Graphviz DOT"),
  net: otherTool("Pajek .net"),
  paj: otherTool("Pajek"),
  gdf: otherTool("GUESS .gdf"),
  dl: otherTool("UCINET DL"),
  vna: otherTool("NetDraw VNA"),
  xls: {
    format: "unsupported",
    message: "is an old Excel workbook (.xls). Save it as .xlsx or CSV in Excel or LibreOffice, then import that file.",
    code: "format.oldExcel",
  },
  ods: {
    format: "unsupported",
    message: "is an OpenDocument spreadsheet. Save it as .xlsx or CSV in LibreOffice, then import that file.",
    code: "format.openDocument",
  },
  gephi: {
    format: "unsupported",
    message: `is a Gephi project. In Gephi choose File → Export → Graph file… → GEXF, then import that file.`,
    code: "format.gephiProject",
  },
} satisfies Record<string, Unsupported>;

const BY_EXTENSION: Record<string, GraphFormat> = {
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
  gml: "gml",
  cyjs: "jgf-or-cytoscape",
  jgf: "jgf-or-cytoscape",
  ftm: "ftm",
  ijson: "ftm",
  jsonl: "ftm",
  ndjson: "ftm",
  csv: "csv",
  tsv: "csv",
  tab: "csv",
  xlsx: "xlsx",
};

export const extensionOf = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";

/** By content: XML root element, GML's `graph [`, JSON, DOT/Pajek/GDF headers. */
function byContent(text: string): Detected | undefined {
  const head = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 4000);
  if (head.startsWith("<")) {
    const root = /<(?![?!])(?:[\w.-]+:)?([\w.-]+)/.exec(head.replace(/<!--[\s\S]*?-->/g, ""))?.[1];
    if (root === "gexf") return { format: "gexf" };
    if (root === "graphml") return { format: "graphml" };
    return undefined;
  }
  if (/^(#[^\n]*\n\s*)*(Creator\s+"[^"]*"\s*)?graph\s*\[/i.test(head)) return { format: "gml" };
  if (/^(strict\s+)?(di)?graph\b[^[]*\{/i.test(head)) return UNSUPPORTED.dot;
  if (/^\*(vertices|network)\b/i.test(head)) return UNSUPPORTED.net;
  if (/^nodedef>/i.test(head)) return UNSUPPORTED.gdf;
  if (head.startsWith("{") || head.startsWith("[")) return { format: "json" };
  return undefined;
}

export function detectFormat(name: string, text: string): Detected {
  const extension = extensionOf(name);
  const unsupported = (UNSUPPORTED as Record<string, Unsupported | undefined>)[extension];
  if (unsupported) return unsupported;
  const content = byContent(text);
  // A file's content wins over a misleading name (igraph's GraphML saved as .gml, GraphML as .xml).
  if (
    content &&
    (content.format === "gexf" ||
      content.format === "graphml" ||
      content.format === "unsupported" ||
      content.format === "gml")
  )
    return content;
  const known = BY_EXTENSION[extension];
  if (known) return { format: known };
  if (content) return content;
  return extension === "xml" ? { format: "graphml" } : { format: "unknown" };
}

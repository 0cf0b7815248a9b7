// XML text → a small element tree with line numbers, without the DOM (io runs headless).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { error, type Issue } from "../../model";

export interface XmlElement {
  /** Local name: namespace prefixes are dropped (`viz:color` → `color`). */
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** Concatenated text and CDATA content, entities decoded, whitespace kept. */
  text: string;
  comments: string[];
  /** 1-based line where the element starts. */
  line: number;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; issues: Issue[] };

type Entry = Record<string, unknown>;

// Entities are decoded here rather than by the parser: its decoder skips character references
// and caps the expanded length, which large graph files exceed. DOCTYPE entities stay unexpanded.
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? "", 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  commentPropName: "#comment",
  cdataPropName: "#cdata",
  removeNSPrefix: true,
  captureMetaData: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 200,
});
const META = XMLParser.getMetaDataSymbol() as symbol;

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

const textOf = (entries: unknown): string =>
  Array.isArray(entries) ? entries.map((entry: Entry) => (typeof entry["#text"] === "string" ? entry["#text"] : "")).join("") : "";

function toElement(entry: Entry, name: string, lineAt: (offset: number) => number): XmlElement {
  const attributes = new Map<string, string>();
  const raw = entry[":@"];
  if (raw && typeof raw === "object") {
    for (const [key, value] of Object.entries(raw)) if (typeof value === "string") attributes.set(key, decodeXmlEntities(value));
  }
  const meta = (entry as Record<symbol, { startIndex?: number } | undefined>)[META];
  const element: XmlElement = { name, attributes, children: [], text: "", comments: [], line: lineAt(meta?.startIndex ?? 0) };
  const content = entry[name];
  for (const child of Array.isArray(content) ? (content as Entry[]) : []) {
    if (typeof child["#text"] === "string") element.text += decodeXmlEntities(child["#text"]);
    else if ("#cdata" in child) element.text += textOf(child["#cdata"]);
    else if ("#comment" in child) element.comments.push(textOf(child["#comment"]));
    else {
      const childName = Object.keys(child).find((key) => key !== ":@");
      if (childName !== undefined) element.children.push(toElement(child, childName, lineAt));
    }
  }
  return element;
}

/** Parses `text`; malformed XML becomes an issue at `line N` (path) with the parser's reason. Never throws. */
export function parseXmlTree(text: string): XmlResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const checked = XMLValidator.validate(source);
  if (checked !== true) {
    return { ok: false, issues: [error(`line ${checked.err.line}`, `not valid XML: ${checked.err.msg}`)] };
  }
  try {
    const entries = parser.parse(source) as Entry[];
    const lineAt = lineFinder(source);
    for (const entry of entries) {
      const name = Object.keys(entry).find((key) => key !== ":@" && !key.startsWith("#"));
      if (name !== undefined) return { ok: true, root: toElement(entry, name, lineAt) };
    }
    return { ok: false, issues: [error("(root)", "not valid XML: no root element")] };
  } catch (cause) {
    return { ok: false, issues: [error("(root)", `not valid XML: ${cause instanceof Error ? cause.message : String(cause)}`)] };
  }
}

export const childElements = (parent: XmlElement | undefined, name: string): XmlElement[] =>
  parent ? parent.children.filter((child) => child.name === name) : [];

export const firstChild = (parent: XmlElement | undefined, name: string): XmlElement | undefined =>
  parent?.children.find((child) => child.name === name);

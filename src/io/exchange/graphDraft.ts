// What the graph readers (GEXF, GraphML, GML, JSON graphs, spreadsheets, FollowTheMoney) extract
// from a file, before it becomes a dataset.
import type { Claim, Issue, Source } from "../../model";

/** A foreign attribute value as the file typed it. */
export type AttributeValue = string | number | boolean;

/** Where and how the file drew a node: its own layout and colours. */
export interface DisplayDraft {
  x?: number;
  y?: number;
  /** `#rrggbb` */
  color?: string;
  size?: number;
}

export interface NodeDraft {
  id: string;
  label?: string;
  /** Attribute values by lower-case attribute name (defaults already applied). */
  attributes: ReadonlyMap<string, AttributeValue>;
  display?: DisplayDraft;
  /** Id of the node this one is nested in (GEXF hierarchy, yEd group). */
  parent?: string;
  /** "line 12", "row 3", "entities[4]": where the node is in the file. */
  line: number | string;
}

export interface EdgeDraft {
  id?: string;
  source: string;
  target: string;
  directed: boolean;
  weight?: number;
  attributes: ReadonlyMap<string, AttributeValue>;
  /** Evidence the file itself carries (FollowTheMoney's sourceUrl/proof); never made up. */
  claims?: Claim[];
  line: number | string;
}

export interface GraphDraft {
  title?: string;
  description?: string;
  /** The dataset envelope written by Tangle, as JSON text. */
  envelopeJson?: string;
  /** Sources the file describes itself (cited by `EdgeDraft.claims`). */
  sources?: Source[];
  nodes: NodeDraft[];
  edges: EdgeDraft[];
  /** What the reader skipped or could not read. */
  warnings: Issue[];
}

/** "line 12" for a number, the text itself otherwise. */
export const where = (line: number | string): string => (typeof line === "number" ? `line ${line}` : line);

/** A reader's result: the draft with only the optional texts the file actually had. */
export function graphDraftRead(parts: {
  title?: string | undefined;
  description?: string | undefined;
  envelopeJson?: string | undefined;
  sources?: Source[];
  nodes: NodeDraft[];
  edges: EdgeDraft[];
  warnings: Issue[];
}): { ok: true; graph: GraphDraft } {
  const { title, description, envelopeJson, sources, nodes, edges, warnings } = parts;
  return {
    ok: true,
    graph: {
      ...(title !== undefined && { title }),
      ...(description !== undefined && { description }),
      ...(envelopeJson !== undefined && { envelopeJson }),
      ...(sources !== undefined && { sources }),
      nodes,
      edges,
      warnings,
    },
  };
}

/** "12.5" → 12.5 for numeric types, "true" → true for booleans, the text otherwise. */
export function typedValue(text: string, type: string | undefined): AttributeValue {
  const t = type?.toLowerCase() ?? "string";
  if (["integer", "long", "int", "float", "double", "number", "short", "byte"].includes(t)) {
    const number = Number(text.trim());
    return text.trim() !== "" && Number.isFinite(number) ? number : text;
  }
  if (t === "boolean") {
    const lower = text.trim().toLowerCase();
    if (lower === "true" || lower === "false") return lower === "true";
  }
  return text;
}

/** `#rgb`/`#rrggbb`/`rgb(r,g,b)`/r,g,b numbers → `#rrggbb`, or undefined when unreadable. */
export function hexColor(value: string | number[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    const parts = value;
    if (parts.length < 3 || parts.some((part) => !Number.isFinite(part))) return undefined;
    return `#${parts
      .slice(0, 3)
      .map((part) =>
        Math.max(0, Math.min(255, Math.round(part)))
          .toString(16)
          .padStart(2, "0"),
      )
      .join("")}`;
  }
  const text = value.trim();
  const hex = /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(text) ?? /^#?([0-9a-f]{3})$/i.exec(text);
  if (hex?.[1]) return `#${(hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join("") : hex[1]).toLowerCase()}`;
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(text);
  return rgb ? hexColor([Number(rgb[1]), Number(rgb[2]), Number(rgb[3])]) : undefined;
}

/** A display with only the finite numbers and readable colour given; undefined when nothing is left. */
export function displayDraft(parts: {
  x?: number | undefined;
  y?: number | undefined;
  color?: string | undefined;
  size?: number | undefined;
}): DisplayDraft | undefined {
  const display: DisplayDraft = {};
  if (parts.x !== undefined && Number.isFinite(parts.x)) display.x = parts.x;
  if (parts.y !== undefined && Number.isFinite(parts.y)) display.y = parts.y;
  if (parts.color !== undefined) display.color = parts.color;
  if (parts.size !== undefined && Number.isFinite(parts.size) && parts.size > 0) display.size = parts.size;
  return Object.keys(display).length > 0 ? display : undefined;
}

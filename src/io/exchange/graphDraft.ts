// What the GEXF and GraphML readers extract from a file, before it becomes a dataset.
import type { Issue } from "../../model";

export interface NodeDraft {
  id: string;
  label?: string;
  /** Attribute values by lower-case attribute name (defaults already applied). */
  attributes: ReadonlyMap<string, string>;
  line: number;
}

export interface EdgeDraft {
  id?: string;
  source: string;
  target: string;
  directed: boolean;
  /** A weight other than 1, which a dataset has no place for. */
  weight?: number;
  attributes: ReadonlyMap<string, string>;
  line: number;
}

export interface GraphDraft {
  title?: string;
  description?: string;
  /** The dataset envelope written by Tangle, as JSON text. */
  envelopeJson?: string;
  nodes: NodeDraft[];
  edges: EdgeDraft[];
  /** What the reader skipped or could not read. */
  warnings: Issue[];
}

/** A reader's result: the draft with only the optional texts the file actually had. */
export function graphDraftRead(parts: { title?: string; description?: string; envelopeJson?: string; nodes: NodeDraft[]; edges: EdgeDraft[]; warnings: Issue[] }): { ok: true; graph: GraphDraft } {
  const { title, description, envelopeJson, nodes, edges, warnings } = parts;
  return {
    ok: true,
    graph: {
      ...(title !== undefined && { title }),
      ...(description !== undefined && { description }),
      ...(envelopeJson !== undefined && { envelopeJson }),
      nodes,
      edges,
      warnings,
    },
  };
}

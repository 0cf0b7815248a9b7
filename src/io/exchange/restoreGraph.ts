// A graph read from GEXF or GraphML → a dataset. Tangle's own files come back whole; foreign ones
// (Gephi, yEd, NetworkX) keep their nodes and edges, and the import says what it had to add.
import { LIMITS, warning as warningAt, type Issue, type IssueCode, type IssueValues } from "../../model";
import type { ReadResult } from "../readDataset";
import { readEnvelope, type DatasetEnvelope } from "./datasetEnvelope";
import { finishImport } from "./finishImport";
import { fitText } from "./fitText";
import { where, type EdgeDraft, type GraphDraft, type NodeDraft } from "./graphDraft";
import { restoreActors } from "./restoreActors";
import { MIRROR_ATTRIBUTE } from "./mutualEdges";
import { restoreRelations } from "./restoreRelations";

export interface RestoreOptions {
  /** Title to use when the file has none, usually its name. */
  fallbackTitle?: string;
  /** The file the relations came from (recorded on the dataset, never cited as evidence). */
  origin?: { file: string; format: string };
}

export const PART_OF_KIND = "part-of";

/** Nested nodes (GEXF hierarchy, yEd groups) keep their nesting as "part of" relations. */
function partOfEdges(nodes: readonly NodeDraft[], warnings: Issue[]): EdgeDraft[] {
  const ids = new Set(nodes.map((node) => node.id));
  const edges = nodes.flatMap((node): EdgeDraft[] =>
    node.parent !== undefined && ids.has(node.parent)
      ? [
          {
            source: node.id,
            target: node.parent,
            directed: true,
            attributes: new Map([["kind", PART_OF_KIND]]),
            line: node.line,
          },
        ]
      : [],
  );
  if (edges.length > 0)
    warnings.push(
      warning(
        `${edges.length} nested node${edges.length === 1 ? " was" : "s were"} flattened; each got a "part of" relation to the node it was nested in`,
        "import.nestedFlattened",
        { count: edges.length },
      ),
    );
  return edges;
}

const warning = (message: string, code: IssueCode, values?: IssueValues): Issue =>
  warningAt("(root)", message, code, values);

function foreignEnvelope(graph: GraphDraft): Partial<DatasetEnvelope> {
  const title = fitText(graph.title, LIMITS.title).text;
  const summary = fitText(graph.description, LIMITS.summary).text;
  return { ...(title !== undefined && { title }), ...(summary !== undefined && { summary }) };
}

export function restoreGraph(graph: GraphDraft, options: RestoreOptions = {}): ReadResult {
  const warnings: Issue[] = [...graph.warnings];
  const stored = graph.envelopeJson === undefined ? undefined : readEnvelope(graph.envelopeJson);
  if (stored) warnings.push(...stored.warnings);
  const envelope = stored?.envelope ?? foreignEnvelope(graph);
  const sources = [...(envelope.sources ?? []), ...(graph.sources ?? [])];
  const actors = restoreActors(graph.nodes, warnings);
  // The second edge of a mutual relation written as two directed edges (toGexf/toGraphml option).
  const edges = graph.edges.filter(
    (edge) => !(edge.attributes.get(MIRROR_ATTRIBUTE) === "true" && edge.attributes.has("claims")),
  );
  const relations = restoreRelations([...edges, ...partOfEdges(graph.nodes, warnings)], actors.idOf, warnings);
  if (relations.unsourced > 0 && stored === undefined) {
    const count = relations.unsourced;
    warnings.push(
      warning(
        `${count} relation${count === 1 ? " has" : "s have"} no evidence in the file and ${count === 1 ? "is" : "are"} unsourced; the file is recorded as where ${count === 1 ? "it" : "they"} came from, not as a source`,
        "import.unsourced",
        { count },
      ),
    );
  }
  const dropped = actors.dropped + relations.dropped;
  if (dropped > 0)
    warnings.push(
      warning(
        `${dropped} attribute value${dropped === 1 ? " was" : "s were"} over the limit of 100 per actor or relation and not kept`,
        "import.attributesDropped",
        { count: dropped, limit: 100 },
      ),
    );

  const lines = { actors: actors.lines, relations: relations.lines };
  return finishImport(
    {
      envelope: {
        ...envelope,
        sources,
        ...(options.origin &&
          stored?.envelope === undefined && {
            origin: { file: fitText(options.origin.file, LIMITS.name).text ?? "file", format: options.origin.format },
          }),
      },
      fallbackTitle: options.fallbackTitle,
      actors: actors.actors,
      relations: relations.relations,
      directedByKind: relations.directedByKind,
      actorKindLabels: actors.kindLabels,
      relationKindLabels: relations.kindLabels,
    },
    warnings,
    {
      actors: lines.actors.map(where),
      relations: lines.relations.map(where),
      claims: relations.relations.map((relation, index) =>
        relation.claims.map(() => where(lines.relations[index] ?? 0)),
      ),
    },
  );
}

// A graph read from GEXF or GraphML → a dataset. Tangle's own files come back whole; foreign ones
// (Gephi, yEd, NetworkX) keep their nodes and edges, and the import says what it had to add.
import { LIMITS, type Issue } from "../../model";
import type { ReadResult } from "../readDataset";
import { readEnvelope, type DatasetEnvelope } from "./datasetEnvelope";
import { finishImport } from "./finishImport";
import { fitText } from "./fitText";
import type { GraphDraft } from "./graphDraft";
import { createIdAllocator } from "./idAllocator";
import { restoreActors } from "./restoreActors";
import { IMPORTED_CLAIM_TEXT, restoreRelations } from "./restoreRelations";

export interface RestoreOptions {
  /** Title to use when the file has none, usually its name; also names the synthesized import source. */
  fallbackTitle?: string;
}

const warning = (message: string): Issue => ({ path: "(root)", message, severity: "warning" });

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
  const sources = [...(envelope.sources ?? [])];
  const sourceIds = createIdAllocator();
  sourceIds.reserve(sources.map((source) => source.id));
  const importSourceId = sourceIds.take("src-import", "src-import");

  const actors = restoreActors(graph.nodes, warnings);
  const relations = restoreRelations(graph.edges, actors.idOf, importSourceId, warnings);
  if (relations.synthesized > 0) {
    const title = fitText(options.fallbackTitle ?? graph.title, LIMITS.title).text ?? "Imported file";
    sources.push({ id: importSourceId, title });
    const count = relations.synthesized;
    warnings.push(warning(`${count} edge${count === 1 ? " has" : "s have"} no claims; each got one claim "${IMPORTED_CLAIM_TEXT}" (status reported) citing the new source "${importSourceId}" (${title})`));
  }
  const ignored = [...[...actors.ignored].map((name) => `node ${name}`), ...[...relations.ignored].map((name) => `edge ${name}`)];
  if (ignored.length > 0) warnings.push(warning(`attributes a dataset has no place for were not imported: ${ignored.join(", ")}`));

  const lines = { actors: actors.lines, relations: relations.lines };
  return finishImport(
    {
      envelope: { ...envelope, sources },
      fallbackTitle: options.fallbackTitle,
      actors: actors.actors,
      relations: relations.relations,
      directedByKind: relations.directedByKind,
      actorKindLabels: actors.kindLabels,
      relationKindLabels: relations.kindLabels,
    },
    warnings,
    {
      actors: lines.actors.map((line) => `line ${line}`),
      relations: lines.relations.map((line) => `line ${line}`),
      claims: relations.relations.map((relation, index) => relation.claims.map(() => `line ${lines.relations[index] ?? 0}`)),
    },
  );
}

// The last step of every import: fill in what the file did not say (title, vocabulary, sources
// that were cited but not described) so that what it did say can be kept, and say what was added.
import {
  LIMITS,
  SCHEMA_VERSION,
  type Actor,
  type ActorKind,
  type DatasetInput,
  type Issue,
  type Relation,
  type RelationKind,
  type Source,
  type Story,
  warning as warningAt,
  type IssueCode,
  type IssueValues,
} from "../../model";
import type { DatasetEnvelope } from "./datasetEnvelope";
import { slugify } from "../../model";

export interface DatasetDraft {
  /** What the file said about the dataset as a whole (all of it for Tangle's own files). */
  envelope: Partial<DatasetEnvelope>;
  /** Title when the envelope has none: the file's own title, else its name. */
  fallbackTitle?: string;
  actors: Actor[];
  relations: Relation[];
  /** Direction the file gave each relation kind, for kinds the envelope does not describe. */
  directedByKind: ReadonlyMap<string, boolean>;
  /** The file's own wording of kinds whose id had to be made from it ("Organisation X" → organisation-x). */
  actorKindLabels?: ReadonlyMap<string, string>;
  relationKindLabels?: ReadonlyMap<string, string>;
}

const warning = (message: string, code: IssueCode, values?: IssueValues): Issue =>
  warningAt("(root)", message, code, values);

/** "allied-with" → "Allied with". */
export const labelFromId = (id: string): string => {
  const words = id.replace(/-/g, " ").trim();
  return words === "" ? id : words[0]!.toUpperCase() + words.slice(1);
};

const quoteList = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(", ");

function completeActorKinds(known: readonly ActorKind[], draft: DatasetDraft, warnings: Issue[]): ActorKind[] {
  const ids = new Set(known.map((kind) => kind.id));
  const added = [...new Set(draft.actors.map((actor) => actor.kind))].filter((id) => !ids.has(id));
  if (known.length === 0 && added.length === 0) added.push("node");
  if (added.length > 0 && known.length > 0)
    warnings.push(
      warning(
        `actor kinds ${quoteList(added)} were not described in the file and were added`,
        "import.actorKindsAdded",
        {
          count: added.length,
          ids: quoteList(added),
        },
      ),
    );
  return [...known, ...added.map((id) => ({ id, label: draft.actorKindLabels?.get(id) ?? labelFromId(id) }))];
}

function completeRelationKinds(known: readonly RelationKind[], draft: DatasetDraft, warnings: Issue[]): RelationKind[] {
  const ids = new Set(known.map((kind) => kind.id));
  const added = [...new Set(draft.relations.map((relation) => relation.kind))].filter((id) => !ids.has(id));
  if (known.length === 0 && added.length === 0) added.push("edge");
  if (added.length > 0 && known.length > 0)
    warnings.push(
      warning(
        `relation kinds ${quoteList(added)} were not described in the file and were added`,
        "import.relationKindsAdded",
        {
          count: added.length,
          ids: quoteList(added),
        },
      ),
    );
  return [
    ...known,
    ...added.map((id) => ({
      id,
      label: draft.relationKindLabels?.get(id) ?? labelFromId(id),
      directed: draft.directedByKind.get(id) ?? true,
    })),
  ];
}

function completeSources(known: readonly Source[], draft: DatasetDraft, warnings: Issue[]): Source[] {
  const cited = new Set<string>();
  for (const actor of draft.actors) for (const ref of actor.sources) cited.add(ref.source);
  for (const relation of draft.relations) {
    for (const claim of relation.claims) for (const ref of claim.sources) cited.add(ref.source);
  }
  for (const source of known) if (source.relays !== undefined) cited.add(source.relays);
  const ids = new Set(known.map((source) => source.id));
  const missing = [...cited].filter((id) => !ids.has(id));
  if (missing.length > 0)
    warnings.push(
      warning(
        `sources ${quoteList(missing)} are cited but not described in the file; placeholders were added`,
        "import.sourcesAdded",
        { count: missing.length, ids: quoteList(missing) },
      ),
    );
  return [...known, ...missing.map((id) => ({ id, title: `Source "${id}" (not described in the imported file)` }))];
}

function pruneStories(stories: readonly Story[], draft: DatasetDraft, warnings: Issue[]): Story[] {
  const actors = new Set(draft.actors.map((actor) => actor.id));
  const relations = new Set(draft.relations.map((relation) => relation.id));
  let dropped = 0;
  const pruned = stories.map((story) => ({
    ...story,
    steps: story.steps.map((step) => {
      const focus = {
        actors: step.focus.actors.filter((id) => actors.has(id)),
        relations: step.focus.relations.filter((id) => relations.has(id)),
      };
      dropped += step.focus.actors.length + step.focus.relations.length - focus.actors.length - focus.relations.length;
      return { ...step, focus };
    }),
  }));
  if (dropped > 0)
    warnings.push(
      warning(
        `${dropped} story focus reference${dropped === 1 ? "" : "s"} to missing actors or relations were removed`,
        "import.storyFocusRemoved",
        { count: dropped },
      ),
    );
  return pruned;
}

/** A dataset object (still to be validated) with every gap filled, and a warning for each kind of gap. */
export function completeDataset(draft: DatasetDraft): { dataset: DatasetInput; warnings: Issue[] } {
  const { envelope } = draft;
  const warnings: Issue[] = [];
  const title = (envelope.title ?? draft.fallbackTitle ?? "").trim().slice(0, LIMITS.title) || "Imported network";
  const dataset: DatasetInput = {
    schemaVersion: SCHEMA_VERSION,
    id: envelope.id ?? (slugify(title) || "imported"),
    title,
    ...(envelope.summary !== undefined && { summary: envelope.summary }),
    ...(envelope.asOf !== undefined && { asOf: envelope.asOf }),
    ...(envelope.language !== undefined && { language: envelope.language }),
    ...(envelope.origin !== undefined && { origin: envelope.origin }),
    sources: completeSources(envelope.sources ?? [], draft, warnings),
    actorKinds: completeActorKinds(envelope.actorKinds ?? [], draft, warnings),
    relationKinds: completeRelationKinds(envelope.relationKinds ?? [], draft, warnings),
    actors: draft.actors,
    relations: draft.relations,
    stories: pruneStories(envelope.stories ?? [], draft, warnings),
  };
  return { dataset, warnings };
}

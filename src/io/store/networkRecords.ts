// New library entries as records: a new empty network, a copy of any dataset (a shipped one is
// only ever edited as a copy), a duplicate. Pure: ids come from the list of ids already taken.
import { SCHEMA_VERSION, slugify, uniqueId, type Dataset } from "../../model";
import { RECORD_VERSION, type NetworkKind, type NetworkRecord } from "./records";

function record(dataset: Dataset, kind: NetworkKind, now: number, copiedFrom?: string): NetworkRecord {
  return {
    recordVersion: RECORD_VERSION,
    id: dataset.id,
    kind,
    ...(copiedFrom ? { copiedFrom } : {}),
    createdAt: now,
    updatedAt: now,
    dataset,
    history: { past: [], future: [] },
  };
}

/** The labels of a new network's kinds: data once written, so the interface passes them in its language. */
export interface NewNetworkLabels {
  person: string;
  organisation: string;
  linkedTo: string;
  funds: string;
}

const ENGLISH_LABELS: NewNetworkLabels = {
  person: "Person",
  organisation: "Organisation",
  linkedTo: "Linked to",
  funds: "Funds",
};

/** An empty network with two actor kinds and two relation kinds, ready for a first actor. */
export function newNetwork(
  title: string,
  taken: ReadonlySet<string>,
  now: number,
  labels: NewNetworkLabels = ENGLISH_LABELS,
): NetworkRecord {
  const id = uniqueId(slugify(title) || "network", (candidate) => taken.has(candidate));
  const dataset = {
    schemaVersion: SCHEMA_VERSION,
    id,
    title,
    sources: [],
    actorKinds: [
      { id: "person", label: labels.person },
      { id: "organisation", label: labels.organisation },
    ],
    relationKinds: [
      { id: "linked-to", label: labels.linkedTo, directed: false },
      { id: "funds", label: labels.funds, directed: true },
    ],
    actors: [],
    relations: [],
    stories: [],
  } as unknown as Dataset;
  return record(dataset, "own", now);
}

/**
 * A copy under a new id ("…-copy"), titled so that it is never mistaken for the original
 * (`copyTitle`: "… (copy)", passed by the interface in its language).
 */
export function copyOf(
  dataset: Dataset,
  taken: ReadonlySet<string>,
  now: number,
  kind: NetworkKind = "copy",
  copyTitle: (title: string) => string = (title) => `${title} (copy)`,
): NetworkRecord {
  const id = uniqueId(`${dataset.id}-copy`.slice(0, 70), (candidate) => taken.has(candidate));
  return record({ ...structuredClone(dataset), id, title: copyTitle(dataset.title) }, kind, now, dataset.id);
}

/** An imported dataset kept in the library as it was read. */
export function importedNetwork(dataset: Dataset, taken: ReadonlySet<string>, now: number): NetworkRecord {
  const id = uniqueId(dataset.id, (candidate) => taken.has(candidate));
  return record({ ...dataset, id }, "imported", now);
}

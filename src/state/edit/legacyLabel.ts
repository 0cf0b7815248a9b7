// Undo histories saved before labels were data (history version 1) hold English sentences, written
// by a handful of templates ("Edit actor Kamal Hassan", "Delete claim “…” on A → B"). Each is read
// back into the label it was made from, so an old history reads in every interface language; a
// sentence that cannot be read unambiguously (a name holding " → " or " into ") is kept as the
// text it was, shown as is.
import type { EditAction, EditLabel, RelationEnds } from "./editLabel";
import type { Collection } from "./operations";

const ACTIONS: Record<string, EditAction> = { Add: "add", Edit: "edit", Delete: "delete" };
const NOUNS: Record<string, Collection> = {
  "actor kind": "actorKinds",
  "relation kind": "relationKinds",
  actor: "actors",
  relation: "relations",
  source: "sources",
  story: "stories",
};

const ITEM = /^(Add|Edit|Delete) (actor kind|relation kind|actor|relation|source|story) (.+)$/s;
const CLAIM = /^(Add|Edit|Delete) claim “(.*)” on (.+)$/s;
const MERGE = /^Merge (.+) into (.+)$/s;
const REPLACE = /^Replace with (.+)$/s;
const UPDATE = /^Add and update from (.+)$/s;
const RENAME = /^Rename network “(.*)” to “(.*)”$/s;

/** "A → B" or "A — B" as two ends, when the sentence holds exactly one arrow or dash between names. */
function ends(text: string): RelationEnds | undefined {
  for (const [mark, directed] of [
    [" → ", true],
    [" — ", false],
  ] as const) {
    const parts = text.split(mark);
    if (parts.length === 2 && parts[0] && parts[1] && !text.includes(directed ? " — " : " → "))
      return { from: parts[0], to: parts[1], directed };
  }
  return undefined;
}

export function legacyLabel(text: string): EditLabel {
  const legacy: EditLabel = { action: "legacy", text };
  const item = ITEM.exec(text);
  if (item) {
    const action = ACTIONS[item[1] ?? ""] ?? "edit";
    const collection = NOUNS[item[2] ?? ""] ?? "actors";
    const name = item[3] ?? "";
    if (collection !== "relations") return { action, collection, name };
    const relation = ends(name);
    return relation ? { action, collection, relation } : legacy;
  }
  const claim = CLAIM.exec(text);
  if (claim) {
    const relation = ends(claim[3] ?? "");
    return relation
      ? { action: ACTIONS[claim[1] ?? ""] ?? "edit", collection: "claims", claim: claim[2] ?? "", relation }
      : legacy;
  }
  const rename = RENAME.exec(text);
  if (rename) return { action: "rename", title: rename[1] ?? "", to: rename[2] ?? "" };
  const update = UPDATE.exec(text);
  if (update) return { action: "update", file: update[1] ?? "" };
  const replace = REPLACE.exec(text);
  if (replace) return { action: "replace", file: replace[1] ?? "" };
  const merge = MERGE.exec(text);
  if (merge && text.split(" into ").length === 2)
    return { action: "merge", collection: "actors", name: merge[1] ?? "", into: merge[2] ?? "" };
  return legacy;
}

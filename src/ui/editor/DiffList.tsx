// The changes between two versions in words, grouped: actors, relations, claims, the rest.
import type { Dataset } from "../../model";
import type { DatasetDiff } from "../../state/edit";

function names(dataset: Dataset, other: Dataset, ids: readonly string[]): string[] {
  const actor = (id: string) => dataset.actors.find((item) => item.id === id) ?? other.actors.find((item) => item.id === id);
  return ids.map((id) => actor(id)?.name ?? id);
}

function relationName(a: Dataset, b: Dataset, id: string): string {
  const relation = b.relations.find((item) => item.id === id) ?? a.relations.find((item) => item.id === id);
  if (!relation) return id;
  const [from, to] = names(b, a, [relation.from, relation.to]);
  return `${from} — ${to}`;
}

export function DiffList({ a, b, diff, labels }: { a: Dataset; b: Dataset; diff: DatasetDiff; labels: { a: string; b: string } }) {
  const { actors, relations, sources } = diff.collections;
  const lines: { key: string; mark: string; text: string }[] = [
    ...names(b, a, actors.added).map((name, i) => ({ key: `aa${i}`, mark: "added", text: `Actor added: ${name}` })),
    ...names(a, b, actors.removed).map((name, i) => ({ key: `ar${i}`, mark: "removed", text: `Actor removed: ${name}` })),
    ...names(b, a, actors.changed).map((name, i) => ({ key: `ac${i}`, mark: "changed", text: `Actor changed: ${name}` })),
    ...relations.added.map((id) => ({ key: `ra${id}`, mark: "added", text: `Relation added: ${relationName(a, b, id)}` })),
    ...relations.removed.map((id) => ({ key: `rr${id}`, mark: "removed", text: `Relation removed: ${relationName(a, b, id)}` })),
    ...relations.changed.filter((id) => !diff.claims.some((change) => change.relationId === id)).map((id) => ({ key: `rc${id}`, mark: "changed", text: `Relation changed: ${relationName(a, b, id)}` })),
    ...diff.claims.map((change) => {
      const what = change.changes.map((kind) => (kind === "status" ? `status ${change.before?.status ?? ""} → ${change.after?.status ?? ""}` : kind === "sources" ? "sources changed" : kind === "text" ? "text changed" : kind)).join(", ");
      return { key: `c${change.claimId}`, mark: change.changes.includes("added") ? "added" : change.changes.includes("removed") ? "removed" : "changed", text: `Claim on ${relationName(a, b, change.relationId)}: ${what}` };
    }),
    ...[...sources.added, ...sources.removed, ...sources.changed].map((id) => ({ key: `s${id}`, mark: "changed", text: `Source ${sources.added.includes(id) ? "added" : sources.removed.includes(id) ? "removed" : "changed"}: ${id}` })),
    ...diff.meta.map((field) => ({ key: `m${field}`, mark: "changed", text: `Dataset ${field} changed` })),
  ];
  return (
    <section className="editor-diff" aria-label="Changes">
      <h4>
        From {labels.a} to {labels.b}
      </h4>
      {lines.length === 0 ? (
        <p>No difference.</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line.key} className={`diff-${line.mark}`}>
              {line.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

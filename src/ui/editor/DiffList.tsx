// The changes between two versions in words, grouped: actors, relations, claims, the rest.
import type { Dataset } from "../../model";
import { actorName, itemNameById, relationNameById, type ClaimChange, type DatasetDiff } from "../../state/edit";
import { useT } from "../i18n/I18nProvider";
import type { Translate } from "../i18n/translator";

/** Named in the newer version first, then the older (a removed item is only there). */
const names = (a: Dataset, b: Dataset, ids: readonly string[]) => ids.map((id) => actorName(id, b, a));
const relationName = (a: Dataset, b: Dataset, id: string) => relationNameById(id, b, a);

/** "status reported → confirmed, text changed": what changed in a claim, in the interface language. */
function claimChangeText(t: Translate, change: ClaimChange): string {
  const status = (claim: ClaimChange["before"]) => (claim ? t("editor.status", { status: claim.status }) : "");
  return change.changes
    .map((kind) =>
      kind === "status"
        ? t("editor.diff.status", { before: status(change.before), after: status(change.after) })
        : t("editor.diff.claimChange", { kind }),
    )
    .join(", ");
}

export function DiffList({
  a,
  b,
  diff,
  labels,
}: {
  a: Dataset;
  b: Dataset;
  diff: DatasetDiff;
  labels: { a: string; b: string };
}) {
  const t = useT();
  const { actors, relations, sources } = diff.collections;
  const lines: { key: string; mark: string; text: string }[] = [
    ...names(a, b, actors.added).map((name, i) => ({
      key: `aa${i}`,
      mark: "added",
      text: t("editor.diff.actorAdded", { name }),
    })),
    ...names(a, b, actors.removed).map((name, i) => ({
      key: `ar${i}`,
      mark: "removed",
      text: t("editor.diff.actorRemoved", { name }),
    })),
    ...names(a, b, actors.changed).map((name, i) => ({
      key: `ac${i}`,
      mark: "changed",
      text: t("editor.diff.actorChanged", { name }),
    })),
    ...relations.added.map((id) => ({
      key: `ra${id}`,
      mark: "added",
      text: t("editor.diff.relationAdded", { name: relationName(a, b, id) }),
    })),
    ...relations.removed.map((id) => ({
      key: `rr${id}`,
      mark: "removed",
      text: t("editor.diff.relationRemoved", { name: relationName(a, b, id) }),
    })),
    ...relations.changed
      .filter((id) => !diff.claims.some((change) => change.relationId === id))
      .map((id) => ({
        key: `rc${id}`,
        mark: "changed",
        text: t("editor.diff.relationChanged", { name: relationName(a, b, id) }),
      })),
    ...diff.claims.map((change) => ({
      key: `c${change.claimId}`,
      mark: change.changes.includes("added") ? "added" : change.changes.includes("removed") ? "removed" : "changed",
      text: t("editor.diff.claim", {
        relation: relationName(a, b, change.relationId),
        what: claimChangeText(t, change),
      }),
    })),
    ...[...sources.added, ...sources.removed, ...sources.changed].map((id) => ({
      key: `s${id}`,
      mark: "changed",
      text: t("editor.diff.source", {
        change: sources.added.includes(id) ? "added" : sources.removed.includes(id) ? "removed" : "changed",
        name: itemNameById("sources", id, b, a),
      }),
    })),
    ...diff.meta.map((field) => ({ key: `m${field}`, mark: "changed", text: t("editor.diff.meta", { field }) })),
  ];
  return (
    <section className="editor-diff" aria-label={t("editor.diff.label")}>
      <h3>{t("editor.diff.title", { a: labels.a, b: labels.b })}</h3>
      {lines.length === 0 ? (
        <p>{t("editor.diff.none")}</p>
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

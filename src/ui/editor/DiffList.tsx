// The changes between two versions in words, grouped: actors, relations, claims, the rest.
import type { Dataset } from "../../model";
import {
  actorName,
  itemNameById,
  relationEnds,
  type ClaimChange,
  type DatasetDiff,
  type RelationEnds,
} from "../../state/edit";
import type { NoticeMessage } from "../app/notice";
import { RichMessage } from "../app/RichMessage";
import { useT } from "../i18n/I18nProvider";
import type { Translate } from "../i18n/translator";

/** Named in the newer version first, then the older (a removed item is only there). */
const names = (a: Dataset, b: Dataset, ids: readonly string[]) => ids.map((id) => actorName(id, b, a));
/** The relation's ends (drawn with the arrow of the interface's direction); its id when neither version has it. */
function relationName(a: Dataset, b: Dataset, id: string): RelationEnds | string {
  const relation =
    b.relations.find((candidate) => candidate.id === id) ?? a.relations.find((candidate) => candidate.id === id);
  return relation ? relationEnds(relation, b, a) : id;
}

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
  const lines: { key: string; mark: string; message: NoticeMessage }[] = [
    ...names(a, b, actors.added).map((name, i) => ({
      key: `aa${i}`,
      mark: "added",
      message: { id: "editor.diff.actorAdded" as const, values: { name } },
    })),
    ...names(a, b, actors.removed).map((name, i) => ({
      key: `ar${i}`,
      mark: "removed",
      message: { id: "editor.diff.actorRemoved" as const, values: { name } },
    })),
    ...names(a, b, actors.changed).map((name, i) => ({
      key: `ac${i}`,
      mark: "changed",
      message: { id: "editor.diff.actorChanged" as const, values: { name } },
    })),
    ...relations.added.map((id) => ({
      key: `ra${id}`,
      mark: "added",
      message: { id: "editor.diff.relationAdded" as const, values: { name: relationName(a, b, id) } },
    })),
    ...relations.removed.map((id) => ({
      key: `rr${id}`,
      mark: "removed",
      message: { id: "editor.diff.relationRemoved" as const, values: { name: relationName(a, b, id) } },
    })),
    ...relations.changed
      .filter((id) => !diff.claims.some((change) => change.relationId === id))
      .map((id) => ({
        key: `rc${id}`,
        mark: "changed",
        message: { id: "editor.diff.relationChanged" as const, values: { name: relationName(a, b, id) } },
      })),
    ...diff.claims.map((change) => ({
      key: `c${change.claimId}`,
      mark: change.changes.includes("added") ? "added" : change.changes.includes("removed") ? "removed" : "changed",
      message: {
        id: "editor.diff.claim" as const,
        values: {
          relation: relationName(a, b, change.relationId),
          what: claimChangeText(t, change),
        },
      },
    })),
    ...[...sources.added, ...sources.removed, ...sources.changed].map((id) => ({
      key: `s${id}`,
      mark: "changed",
      message: {
        id: "editor.diff.source" as const,
        values: {
          change: sources.added.includes(id) ? "added" : sources.removed.includes(id) ? "removed" : "changed",
          name: itemNameById("sources", id, b, a),
        },
      },
    })),
    ...diff.meta.map((field) => ({
      key: `m${field}`,
      mark: "changed",
      message: { id: "editor.diff.meta" as const, values: { field } },
    })),
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
              <RichMessage message={line.message} t={t} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useMemo } from "react";
import type { Actor, Relation } from "../../model";
import type { Selection } from "../../state";
import { StatusBadge } from "./StatusBadge";
import { SourceCitation } from "./SourceCitation";
import { ForeignAttributes } from "./ForeignAttributes";
import { actorKindLabel, actorName, relationKindLabel, relationStatus, type DatasetLookup } from "../../model";
import { useT } from "../i18n/I18nProvider";
import { useGrowingList } from "./useGrowingList";

export interface ActorDetailsProps {
  actor: Actor;
  lookup: DatasetLookup;
  /** Relations that pass the filters. */
  visibleRelations: ReadonlySet<string>;
  onSelect: (selection: Selection) => void;
  children?: React.ReactNode;
}

function groupByKind(relations: readonly Relation[]): Map<string, Relation[]> {
  const groups = new Map<string, Relation[]>();
  for (const relation of relations) {
    const group = groups.get(relation.kind);
    if (group) group.push(relation);
    else groups.set(relation.kind, [relation]);
  }
  return groups;
}

export function ActorDetails({ actor, lookup, visibleRelations, onSelect, children }: ActorDetailsProps) {
  const t = useT();
  const language = lookup.dataset.language;
  const relations = useMemo(
    () => (lookup.relationsOf.get(actor.id) ?? []).filter((relation) => visibleRelations.has(relation.id)),
    [lookup, actor.id, visibleRelations],
  );
  const hidden = (lookup.relationsOf.get(actor.id)?.length ?? 0) - relations.length;
  // A hub's relations are listed in steps after the panel is painted (useGrowingList).
  const listed = useGrowingList(relations);
  return (
    <article aria-labelledby="details-title">
      <p className="details-kind" lang={language} dir="auto">
        {actorKindLabel(lookup, actor.kind)}
      </p>
      <h2 id="details-title" tabIndex={-1} lang={language} dir="auto">
        {actor.name}
      </h2>
      {actor.aliases.length > 0 && (
        <p className="aliases">
          {t("actor.also")}{" "}
          {actor.aliases.map((alias, index) => (
            <span key={index} dir="auto" className="alias">
              {alias}
            </span>
          ))}
        </p>
      )}
      {actor.summary && (
        <p className="summary" lang={language} dir="auto">
          {actor.summary}
        </p>
      )}
      {actor.tags.length > 0 && (
        <ul className="tags" aria-label={t("actor.tags")} lang={language} dir="auto">
          {actor.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {children}
      <h3>
        {hidden > 0
          ? t("actor.relationsHidden", { count: relations.length, hidden })
          : t("actor.relations", { count: relations.length })}
      </h3>
      {[...groupByKind(listed)].map(([kind, group]) => (
        <section key={kind} className="relation-group" aria-label={relationKindLabel(lookup, kind)}>
          <h4 lang={language} dir="auto">
            {relationKindLabel(lookup, kind)}
          </h4>
          <ul>
            {group.map((relation) => {
              const other = relation.from === actor.id ? relation.to : relation.from;
              const directed = lookup.relationKinds.get(relation.kind)?.directed ?? false;
              const arrow = !directed ? "—" : relation.from === actor.id ? "→" : "←";
              return (
                <li key={relation.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect({ type: "relation", id: relation.id })}
                    aria-label={t("actor.relationLabel", {
                      kind: relationKindLabel(lookup, kind),
                      direction: arrow === "←" ? "from" : arrow === "→" ? "to" : "with",
                      other: actorName(lookup, other),
                    })}
                  >
                    <span aria-hidden="true">{arrow} </span>
                    <span lang={language} dir="auto">
                      {actorName(lookup, other)}
                    </span>
                  </button>{" "}
                  <StatusBadge status={relationStatus(relation)} />{" "}
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => onSelect({ type: "actor", id: other })}
                  >
                    {t("actor.open")}{" "}
                    <span lang={language} dir="auto">
                      {actorName(lookup, other)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {actor.sources.length > 0 && (
        <>
          <h3>{t("claim.sources")}</h3>
          <ul className="claim-sources">
            {actor.sources.map((reference, index) => (
              <SourceCitation key={index} reference={reference} sources={lookup.sources} lang={language} />
            ))}
          </ul>
        </>
      )}
      <ForeignAttributes attributes={actor.attributes} />
    </article>
  );
}

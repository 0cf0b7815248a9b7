import type { Actor, Relation } from "../../model";
import type { Selection } from "../../state";
import { StatusBadge } from "./StatusBadge";
import { SourceCitation } from "./SourceCitation";
import { ForeignAttributes } from "./ForeignAttributes";
import { actorKindLabel, actorName, relationKindLabel, relationStatus, type DatasetLookup } from "../../model";

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
  for (const relation of relations) groups.set(relation.kind, [...(groups.get(relation.kind) ?? []), relation]);
  return groups;
}

export function ActorDetails({ actor, lookup, visibleRelations, onSelect, children }: ActorDetailsProps) {
  const relations = (lookup.relationsOf.get(actor.id) ?? []).filter((relation) => visibleRelations.has(relation.id));
  const hidden = (lookup.relationsOf.get(actor.id)?.length ?? 0) - relations.length;
  return (
    <article aria-labelledby="details-title">
      <p className="details-kind">{actorKindLabel(lookup, actor.kind)}</p>
      <h2 id="details-title" tabIndex={-1}>{actor.name}</h2>
      {actor.aliases.length > 0 && (
        <p className="aliases">
          Also: {actor.aliases.map((alias, index) => (
            <span key={index} dir="auto" className="alias">
              {alias}
            </span>
          ))}
        </p>
      )}
      {actor.summary && <p className="summary">{actor.summary}</p>}
      {actor.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {actor.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {children}
      <h3>
        Relations ({relations.length}
        {hidden > 0 && `, ${hidden} hidden by filters`})
      </h3>
      {[...groupByKind(relations)].map(([kind, group]) => (
        <section key={kind} className="relation-group" aria-label={relationKindLabel(lookup, kind)}>
          <h4>{relationKindLabel(lookup, kind)}</h4>
          <ul>
            {group.map((relation) => {
              const other = relation.from === actor.id ? relation.to : relation.from;
              const directed = lookup.relationKinds.get(relation.kind)?.directed ?? false;
              const arrow = !directed ? "—" : relation.from === actor.id ? "→" : "←";
              return (
                <li key={relation.id}>
                  <button type="button" className="link-button" onClick={() => onSelect({ type: "relation", id: relation.id })} aria-label={`${relationKindLabel(lookup, kind)} ${arrow === "←" ? "from" : arrow === "→" ? "to" : "with"} ${actorName(lookup, other)}: show claims`}>
                    <span aria-hidden="true">{arrow} </span>
                    {actorName(lookup, other)}
                  </button>{" "}
                  <StatusBadge status={relationStatus(relation)} />{" "}
                  <button type="button" className="link-button small" onClick={() => onSelect({ type: "actor", id: other })}>
                    open {actorName(lookup, other)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {actor.sources.length > 0 && (
        <>
          <h3>Sources</h3>
          <ul className="claim-sources">
            {actor.sources.map((reference, index) => (
              <SourceCitation key={index} reference={reference} sources={lookup.sources} />
            ))}
          </ul>
        </>
      )}
      <ForeignAttributes attributes={actor.attributes} />
    </article>
  );
}

import type { Claim, Relation } from "../../model";
import type { Selection } from "../../state";
import { ActorLink } from "./ActorLink";
import { ClaimView } from "./ClaimView";
import { ForeignAttributes } from "./ForeignAttributes";
import { UnsourcedNotice } from "./UnsourcedNotice";
import { relationKindLabel, type DatasetLookup } from "../../model";
import { useT } from "../i18n/I18nProvider";
import { textDirection } from "../i18n/language";

export interface RelationDetailsProps {
  relation: Relation;
  lookup: DatasetLookup;
  /** Claims that pass the filters; the others are listed as hidden. */
  shownClaims: readonly Claim[] | undefined;
  onSelect: (selection: Selection) => void;
}

export function RelationDetails({ relation, lookup, shownClaims, onSelect }: RelationDetailsProps) {
  const t = useT();
  const kind = lookup.relationKinds.get(relation.kind);
  const selectActor = (id: string) => onSelect({ type: "actor", id });
  const shown = shownClaims ?? relation.claims;
  const hiddenCount = relation.claims.length - shown.length;
  // This line runs in the interface's direction: in Arabic the first actor is on the right, so the arrow points left.
  const link = kind?.directed ? (textDirection(t.lang) === "rtl" ? "←" : "→") : "—";
  return (
    <article aria-labelledby="details-title">
      <p className="details-kind">{kind?.directed ? t("relation.directed") : t("relation.mutual")}</p>
      <h2 id="details-title" tabIndex={-1} lang={lookup.dataset.language} dir="auto">
        <bdi>{lookup.actors.get(relation.from)?.name}</bdi> {kind?.directed ? "→" : "—"}{" "}
        <bdi>{relation.kind && relationKindLabel(lookup, relation.kind).toLowerCase()}</bdi>{" "}
        {kind?.directed ? "→" : "—"} <bdi>{lookup.actors.get(relation.to)?.name}</bdi>
      </h2>
      <p className="relation-ends">
        <ActorLink id={relation.from} lookup={lookup} onSelect={selectActor} /> <span aria-hidden="true">{link}</span>{" "}
        <span className="relation-kind" lang={lookup.dataset.language} dir="auto">
          {relationKindLabel(lookup, relation.kind)}
        </span>{" "}
        <span aria-hidden="true">{link}</span> <ActorLink id={relation.to} lookup={lookup} onSelect={selectActor} />
      </p>
      {relation.claims.length === 0 ? (
        <UnsourcedNotice origin={lookup.dataset.origin} />
      ) : (
        <>
          <h3>
            {hiddenCount > 0
              ? t("relation.claimsHidden", { count: shown.length, hidden: hiddenCount })
              : t("relation.claims", { count: shown.length })}
          </h3>
          <ol className="claims">
            {shown.map((claim) => (
              <ClaimView key={claim.id} claim={claim} lookup={lookup} onSelectActor={selectActor} />
            ))}
          </ol>
        </>
      )}
      <ForeignAttributes attributes={relation.attributes} weight={relation.weight} />
    </article>
  );
}

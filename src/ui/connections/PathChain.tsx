// One path as a readable chain: A —funds→ B ←commands— C, each hop with its claims and sources.
import type { ActorPath } from "../../analysis";
import type { Selection } from "../../state";
import { ClaimView } from "../details/ClaimView";
import { actorName, relationKindLabel, type DatasetLookup } from "../../model";
import { StatusBadge } from "../details/StatusBadge";
import { useT } from "../i18n/I18nProvider";

export function hopArrow(directed: boolean, forward: boolean, label: string): string {
  if (!directed) return `—${label}—`;
  return forward ? `—${label}→` : `←${label}—`;
}

export function PathChain({
  path,
  lookup,
  index,
  onSelect,
}: {
  path: ActorPath;
  lookup: DatasetLookup;
  index: number;
  onSelect: (selection: Selection) => void;
}) {
  const t = useT();
  const selectActor = (id: string) => onSelect({ type: "actor", id });
  const summary = path.actors
    .map((id, position) => {
      const hop = path.hops[position];
      const name = actorName(lookup, id);
      return hop
        ? `${name} ${hopArrow(hop.directed, hop.forward, relationKindLabel(lookup, hop.kind).toLowerCase())}`
        : name;
    })
    .join(" ");
  return (
    <li className="path">
      <p className="path-summary">
        <span className="path-number">{t("paths.number", { number: index + 1 })}</span>{" "}
        <span lang={lookup.dataset.language} dir="auto">
          {summary}
        </span>
      </p>
      <p className="path-weakest">
        {t("paths.weakest")} <StatusBadge status={path.weakest} />
      </p>
      <ol className="path-hops" aria-label={t("paths.hops", { number: index + 1 })}>
        {path.hops.map((hop) => (
          <li key={hop.relationId} className="path-hop">
            <details>
              <summary>
                <span lang={lookup.dataset.language} dir="auto">
                  {actorName(lookup, hop.from)}{" "}
                  {hopArrow(hop.directed, hop.forward, relationKindLabel(lookup, hop.kind).toLowerCase())}{" "}
                  {actorName(lookup, hop.to)}
                </span>{" "}
                <StatusBadge status={hop.status} />{" "}
                <span className="hint">{t("paths.claims", { count: hop.claims.length })}</span>
              </summary>
              <button
                type="button"
                className="link-button small"
                onClick={() => onSelect({ type: "relation", id: hop.relationId })}
              >
                {t("paths.openRelation")}
              </button>
              <ol className="claims">
                {hop.claims.map((claim) => (
                  <ClaimView key={claim.id} claim={claim} lookup={lookup} onSelectActor={selectActor} />
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ol>
    </li>
  );
}

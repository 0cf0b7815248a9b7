// Legend for "colour by community": each community's colour, size and best-known members.
import { COMMUNITY_COLOUR_COUNT as COLOURED, communityColour } from "../../view";
import type { MetricsState } from "../app/useMetrics";
import { actorName, type DatasetLookup } from "../../model";
import { useT } from "../i18n/I18nProvider";

export function CommunityLegend({ metrics, lookup }: { metrics: MetricsState; lookup: DatasetLookup }) {
  const t = useT();
  if (metrics.status !== "ready")
    return (
      <p className="community-legend hint">
        {metrics.status === "failed" ? t("communities.unavailable") : t("communities.finding")}
      </p>
    );
  const members = new Map<number, string[]>();
  for (const [id, community] of Object.entries(metrics.communities.communityOf))
    members.set(community, [...(members.get(community) ?? []), id]);
  const byPagerank = (a: string, b: string) =>
    (metrics.metrics[b]?.pagerank ?? 0) - (metrics.metrics[a]?.pagerank ?? 0);
  return (
    <section className="community-legend" aria-label={t("communities.label")}>
      <h3>{t("communities.title", { count: metrics.communities.count })}</h3>
      <ul>
        {[...members.entries()]
          .sort(([a], [b]) => a - b)
          .map(([community, ids]) => (
            <li key={community}>
              <span
                className="community-swatch"
                aria-hidden="true"
                style={{ background: community < COLOURED ? communityColour(community) : "#999" }}
              />
              <strong>{community + 1}</strong> ({ids.length}):{" "}
              <span lang={lookup.dataset.language} dir="auto">
                {[...ids]
                  .sort(byPagerank)
                  .slice(0, 3)
                  .map((id) => actorName(lookup, id))
                  .join(", ")}
              </span>
              {ids.length > 3 && "…"}
            </li>
          ))}
      </ul>
      {metrics.communities.count > COLOURED && <p className="hint">{t("communities.grey", { count: COLOURED })}</p>}
    </section>
  );
}

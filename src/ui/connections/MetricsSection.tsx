// An actor's network figures, from the metrics worker.
import type { ActorGraph } from "../../model";
import type { MetricsState } from "../app/useMetrics";
import { useT } from "../i18n/I18nProvider";

/** Distinct neighbours and relations of an actor, counted at once (no worker needed). */
export function degreeOf(graph: ActorGraph, id: string): { neighbours: number; relations: number } | undefined {
  if (!graph.hasNode(id)) return undefined;
  const neighbours = new Set<string>();
  graph.forEachNeighbor(id, (neighbour) => {
    if (neighbour !== id) neighbours.add(neighbour);
  });
  return {
    neighbours: neighbours.size,
    relations: graph.degree(id) - (graph.hasEdge(id, id) ? graph.edges(id, id).length : 0),
  };
}

/**
 * `degree`: counted at once from the graph, shown while the worker computes the rest.
 * `weighted`: the dataset's relations carry weights, so the weighted degree (strength) is shown.
 */
export function MetricsSection({
  actorId,
  metrics,
  degree,
  weighted = false,
}: {
  actorId: string;
  metrics: MetricsState;
  degree?: { neighbours: number; relations: number };
  weighted?: boolean;
}) {
  const t = useT();
  if (metrics.status === "computing" || metrics.status === "idle")
    return (
      <>
        {degree && (
          <dl className="metrics">
            <dt>{t("metrics.degree")}</dt>
            <dd>{t.intl.formatNumber(degree.neighbours)}</dd>
            <dt>{t("metrics.relations")}</dt>
            <dd>{t.intl.formatNumber(degree.relations)}</dd>
          </dl>
        )}
        <p className="hint">{t("metrics.computing")}</p>
      </>
    );
  if (metrics.status === "failed") return <p className="hint">{t("metrics.failed", { error: metrics.error })}</p>;
  const figures = metrics.metrics[actorId];
  if (!figures) return null;
  const community = metrics.communities.communityOf[actorId];
  const percent = (value: number) =>
    t.intl.formatNumber(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const decimal = (value: number) => t.intl.formatNumber(value, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return (
    <dl className="metrics">
      <dt>{t("metrics.degree")}</dt>
      <dd>{t.intl.formatNumber(figures.degree)}</dd>
      <dt>{t("metrics.relations")}</dt>
      <dd>{t.intl.formatNumber(figures.relationCount)}</dd>
      {weighted && (
        <>
          <dt title={t("metrics.strengthHint")}>{t("metrics.strength")}</dt>
          <dd>{t.intl.formatNumber(figures.strength, { maximumFractionDigits: 3 })}</dd>
        </>
      )}
      <dt title={t("metrics.betweennessHint")}>{t("metrics.betweenness")}</dt>
      <dd>{percent(figures.betweenness)}</dd>
      <dt>{t("metrics.pagerank")}</dt>
      <dd>{decimal(figures.pagerank)}</dd>
      <dt>{t("metrics.closeness")}</dt>
      <dd>{decimal(figures.closeness)}</dd>
      {metrics.sampleSize !== undefined && (
        <dd className="hint metrics-note">{t("metrics.sampled", { count: metrics.sampleSize })}</dd>
      )}
      {community !== undefined && (
        <>
          <dt>{t("metrics.community")}</dt>
          <dd>{t.intl.formatNumber(community + 1)}</dd>
        </>
      )}
    </dl>
  );
}

// An actor's network figures, from the metrics worker.
import type { ActorGraph } from "../../model";
import type { MetricsState } from "../app/useMetrics";

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

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** A weight sum as Gephi shows it: whole numbers plain, others to at most 3 decimals. */
const weightSum = (value: number) => String(Math.round(value * 1000) / 1000);

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
  if (metrics.status === "computing" || metrics.status === "idle")
    return (
      <>
        {degree && (
          <dl className="metrics">
            <dt>Connected actors (degree)</dt>
            <dd>{degree.neighbours}</dd>
            <dt>Relations</dt>
            <dd>{degree.relations}</dd>
          </dl>
        )}
        <p className="hint">Computing betweenness, PageRank and closeness…</p>
      </>
    );
  if (metrics.status === "failed") return <p className="hint">Network figures unavailable: {metrics.error}</p>;
  const figures = metrics.metrics[actorId];
  if (!figures) return null;
  const community = metrics.communities.communityOf[actorId];
  return (
    <dl className="metrics">
      <dt>Connected actors (degree)</dt>
      <dd>{figures.degree}</dd>
      <dt>Relations</dt>
      <dd>{figures.relationCount}</dd>
      {weighted && (
        <>
          <dt title="Sum of the weights of its relations (a relation without a weight counts 1)">Weighted degree</dt>
          <dd>{weightSum(figures.strength)}</dd>
        </>
      )}
      <dt title="Share of shortest paths between others that pass through this actor">Betweenness</dt>
      <dd>{percent(figures.betweenness)}</dd>
      <dt>PageRank</dt>
      <dd>{figures.pagerank.toFixed(3)}</dd>
      <dt>Closeness</dt>
      <dd>{figures.closeness.toFixed(3)}</dd>
      {metrics.sampleSize !== undefined && (
        <dd className="hint metrics-note">
          Betweenness and closeness estimated from shortest paths out of {metrics.sampleSize} sampled actors.
        </dd>
      )}
      {community !== undefined && (
        <>
          <dt>Community</dt>
          <dd>{community + 1}</dd>
        </>
      )}
    </dl>
  );
}

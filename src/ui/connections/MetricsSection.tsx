// An actor's network figures, from the metrics worker.
import type { MetricsState } from "../app/useMetrics";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function MetricsSection({ actorId, metrics }: { actorId: string; metrics: MetricsState }) {
  if (metrics.status === "computing" || metrics.status === "idle") return <p className="hint">Computing network figures…</p>;
  if (metrics.status === "failed") return <p className="hint">Network figures unavailable: {metrics.error}</p>;
  const figures = metrics.metrics[actorId];
  if (!figures) return null;
  const community = metrics.communities.communityOf[actorId];
  return (
    <dl className="metrics">
      <dt>Connected actors (degree)</dt>
      <dd>{figures.degree}</dd>
      <dt>Relations (weighted degree)</dt>
      <dd>{figures.relationCount}</dd>
      <dt title="Share of shortest paths between others that pass through this actor">Betweenness</dt>
      <dd>{percent(figures.betweenness)}</dd>
      <dt>PageRank</dt>
      <dd>{figures.pagerank.toFixed(3)}</dd>
      <dt>Closeness</dt>
      <dd>{figures.closeness.toFixed(3)}</dd>
      {community !== undefined && (
        <>
          <dt>Community</dt>
          <dd>{community + 1}</dd>
        </>
      )}
    </dl>
  );
}

// Sends a graph to the layout worker (ForceAtlas2) and hands back the positions it returns. Only
// the newest request is answered, so a quick second click does not land an old layout.
import type { ActorGraph } from "../model";
import type { ForceLayoutRequest, ForceLayoutResponse } from "../analysis/forceLayout";

type LayoutResponse = ForceLayoutResponse | { error: string };
interface Point {
  x: number;
  y: number;
}

export type LayoutOutcome = { positions: Map<string, Point> } | { error: string };

/**
 * ForceAtlas2 costs ~25 ms per iteration at 5k actors here: fewer iterations for larger graphs,
 * so that the layout lands within ~1 s (DESIGN §5: the page settles within 2 s at 5k). A fixed
 * count, not a time limit, so the same dataset always gets the same layout.
 */
export function forceIterations(actorCount: number): number {
  return Math.round(Math.min(120, Math.max(15, 200_000 / Math.max(actorCount, 1))));
}

/** The relations among `ids`, as pairs of positions in `ids`. */
function edgesAmong(graph: ActorGraph, ids: readonly string[]): Array<[number, number]> {
  const index = new Map(ids.map((id, position) => [id, position]));
  const edges: Array<[number, number]> = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const from = index.get(source);
    const to = index.get(target);
    if (from !== undefined && to !== undefined) edges.push([from, to]);
  });
  return edges;
}

export class LayoutWorkerClient {
  private worker: Worker | undefined;
  private latest = 0;

  /** Lays out the given actors and the relations among them. */
  run(graph: ActorGraph, ids: readonly string[], seed: number, onDone: (outcome: LayoutOutcome) => void): void {
    const request = ++this.latest;
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (cause) {
      // No worker allowed here (a story page's CSP allows none): the seeded positions stay.
      onDone({ error: cause instanceof Error ? cause.message : String(cause) });
      return;
    }
    // This handler lives as long as the worker: it must not hold the request's edges (it would
    // if they were built in this function's scope, which its closures share).
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      if (request !== this.latest) return;
      worker.onmessage = null;
      if ("error" in event.data) return onDone({ error: event.data.error });
      const flat = event.data.positions;
      onDone({
        positions: new Map(
          ids.map((id, position) => [id, { x: flat[position * 2] ?? 0, y: flat[position * 2 + 1] ?? 0 }]),
        ),
      });
    };
    const message: ForceLayoutRequest = {
      nodes: [...ids],
      edges: edgesAmong(graph, ids),
      seed,
      iterations: forceIterations(ids.length),
    };
    worker.postMessage(message);
  }

  destroy(): void {
    this.worker?.terminate();
  }

  private ensureWorker(): Worker {
    this.worker ??= new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    return this.worker;
  }
}

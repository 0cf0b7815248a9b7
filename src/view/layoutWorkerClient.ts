// Sends the visible graph to the layout worker and applies the positions it returns. Only the
// newest request is applied, so a quick second click does not land an old layout.
import type { Core } from "cytoscape";

/** Mirrors analysis/forceLayout's message shapes (the view layer may not import analysis). */
interface LayoutRequest {
  nodes: string[];
  edges: Array<[number, number]>;
  seed: number;
  iterations: number;
}
type LayoutResponse = { positions: number[] } | { error: string };

export class LayoutWorkerClient {
  private worker: Worker | undefined;
  private latest = 0;

  run(cy: Core, seed: number, onDone: (error?: string) => void): void {
    const request = ++this.latest;
    const nodes = cy.nodes().not(".hidden");
    const ids = nodes.map((node) => node.id());
    const index = new Map(ids.map((id, position) => [id, position]));
    const edges: Array<[number, number]> = [];
    cy.edges()
      .not(".hidden")
      .forEach((edge) => {
        const from = index.get(edge.source().id());
        const to = index.get(edge.target().id());
        if (from !== undefined && to !== undefined) edges.push([from, to]);
      });
    const worker = this.ensureWorker();
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      if (request !== this.latest) return;
      if ("error" in event.data) return onDone(event.data.error);
      const positions = event.data.positions;
      cy.batch(() => {
        ids.forEach((id, position) => {
          cy.getElementById(id).position({ x: positions[position * 2] ?? 0, y: positions[position * 2 + 1] ?? 0 });
        });
      });
      onDone();
    };
    const message: LayoutRequest = { nodes: ids, edges, seed, iterations: ids.length > 10000 ? 60 : 120 };
    worker.postMessage(message);
  }

  destroy(): void {
    this.worker?.terminate();
  }

  private ensureWorker(): Worker {
    this.worker ??= new Worker(new URL("../workers/layout.worker.ts", import.meta.url), { type: "module" });
    return this.worker;
  }
}

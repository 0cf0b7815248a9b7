// Betweenness and closeness estimated from shortest paths out of a sample of actors: exact
// figures (Brandes) cost one search per actor, ~28 s at 20k actors in the worker. From k
// sampled sources the estimate costs k searches (Brandes & Pich 2007; Eppstein & Wang 2004);
// the UI states the sample size next to the figures.
import type { UndirectedProjection } from "./undirectedProjection";
import { seededRandom } from "../model";

export interface SampledPaths {
  /** Normalised like graphology's exact betweenness: share of pairs' shortest paths, in [0, 1]. */
  betweenness: Record<string, number>;
  /** Wasserman–Faust closeness: reached share × 1 / mean distance to what is reached. */
  closeness: Record<string, number>;
  sampleSize: number;
}

export function sampledPaths(graph: UndirectedProjection, sampleSize: number, seed: number): SampledPaths {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, position) => [node, position]));
  // Adjacency as flat arrays: the searches below touch each edge k times.
  const offsets = new Int32Array(n + 1);
  graph.forEachNode((node) => {
    offsets[(index.get(node) ?? 0) + 1] = graph.degree(node);
  });
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const adjacency = new Int32Array(offsets[n] ?? 0);
  const fill = offsets.slice(0, n);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = index.get(source) ?? 0;
    const b = index.get(target) ?? 0;
    adjacency[fill[a]!++] = b;
    adjacency[fill[b]!++] = a;
  });

  const k = Math.min(sampleSize, n);
  const random = seededRandom(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }

  const sampled = new Uint8Array(n);
  for (let i = 0; i < k; i++) sampled[order[i]!] = 1;
  const dependency = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  const reachedBy = new Int32Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  for (let sample = 0; sample < k; sample++) {
    const source = order[sample]!;
    distance.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    distance[source] = 0;
    sigma[source] = 1;
    let head = 0;
    let tail = 0;
    stack[tail++] = source; // BFS queue, read back to front afterwards as Brandes' stack
    while (head < tail) {
      const v = stack[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = adjacency[e]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          stack[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i]!;
      distanceSum[w]! += distance[w]!;
      reachedBy[w]!++;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = adjacency[e]!;
        if (distance[v] === distance[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      dependency[w]! += delta[w]!;
    }
  }

  // Scaled from k sources to n, then normalised as for undirected pairs: 2 / ((n-1)(n-2)), and
  // each unordered pair counted from both ends → halved.
  const scale = k > 0 ? n / k : 0;
  const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const betweenness: Record<string, number> = {};
  const closeness: Record<string, number> = {};
  nodes.forEach((node, i) => {
    betweenness[node] = Math.min(1, dependency[i]! * scale * norm);
    const reached = reachedBy[i]!;
    const othersSampled = k - sampled[i]!;
    closeness[node] = reached > 0 && othersSampled > 0 ? (reached / othersSampled) * (reached / distanceSum[i]!) : 0;
  });
  return { betweenness, closeness, sampleSize: k };
}

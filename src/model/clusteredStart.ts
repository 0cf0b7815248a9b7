// Starting positions for ForceAtlas2 on large graphs that already show the graph's clusters:
// a few rounds of label propagation group actors with their neighbours, each group starts in
// its own disc. From random starts, the few iterations a 20k graph can afford (15–40) leave
// a structureless disc; from here they only have to tidy the picture.
import { seededRandom } from "./seededRandom";

/** Cluster of each node after `rounds` of (seeded, asynchronous) label propagation. */
export function propagateLabels(
  count: number,
  edges: ReadonlyArray<readonly [number, number]>,
  seed: number,
  rounds = 6,
): Int32Array {
  const offsets = new Int32Array(count + 1);
  for (const [a, b] of edges) {
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  }
  for (let i = 0; i < count; i++) offsets[i + 1]! += offsets[i]!;
  const neighbours = new Int32Array(offsets[count] ?? 0);
  const fill = offsets.slice(0, count);
  for (const [a, b] of edges) {
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  const label = Int32Array.from({ length: count }, (_, i) => i);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const random = seededRandom(seed);
  // How often each label occurs around the node at hand (typed arrays, reset after each node:
  // a Map here was most of the first picture's layout at 20k actors).
  const tally = new Int32Array(count);
  const seenLabels = new Int32Array(offsets[count] ?? 0);
  for (let round = 0; round < rounds; round++) {
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const node of order) {
      let most = 0;
      let distinct = 0;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const other = label[neighbours[k]!]!;
        const seen = ++tally[other]!;
        if (seen === 1) seenLabels[distinct++] = other;
        if (seen > most) most = seen;
      }
      // Keep one's own label when it is among the most frequent; otherwise the smallest of
      // those (random ties leave 200-actor communities split in many labels after 6 rounds).
      let chosen = Infinity;
      const keep = most === 0 || tally[label[node]!] === most;
      for (let k = 0; k < distinct; k++) {
        const other = seenLabels[k]!;
        if (!keep && tally[other] === most && other < chosen) chosen = other;
        tally[other] = 0;
      }
      if (!keep) label[node] = chosen;
    }
  }
  return label;
}

/**
 * x0, y0, x1, y1, …: clusters on a sunflower spiral (largest in the middle), each cluster's
 * members in a disc whose area grows with its size; `spacing` is the room per node.
 */
export function clusteredStart(
  count: number,
  edges: ReadonlyArray<readonly [number, number]>,
  seed: number,
  spacing: number,
): number[] {
  const label = propagateLabels(count, edges, seed);
  const members = new Map<number, number[]>();
  label.forEach((cluster, node) => {
    const list = members.get(cluster);
    if (list) list.push(node);
    else members.set(cluster, [node]);
  });
  const clusters = [...members.values()].sort((a, b) => b.length - a.length);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const positions = new Array<number>(count * 2).fill(0);
  const random = seededRandom(seed + 1);
  // Cumulative area so that big clusters do not overlap their neighbours on the spiral.
  let area = 0;
  clusters.forEach((nodes, index) => {
    const radius = spacing * Math.sqrt(nodes.length);
    area += nodes.length;
    const distance = spacing * 2 * Math.sqrt(area);
    const cx = index === 0 ? 0 : distance * Math.cos(index * golden);
    const cy = index === 0 ? 0 : distance * Math.sin(index * golden);
    for (const node of nodes) {
      const r = radius * Math.sqrt(random());
      const angle = random() * Math.PI * 2;
      positions[node * 2] = cx + r * Math.cos(angle);
      positions[node * 2 + 1] = cy + r * Math.sin(angle);
    }
  });
  return positions;
}

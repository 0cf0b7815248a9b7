// The Tree layout: actors in columns by their distance from a root (breadth-first, direction
// ignored), each column as wide as its widest label and each actor given the height of its
// label, so names never run into each other. Columns read left to right, so long names sit in
// rows instead of fighting for width. Within a column, actors follow the average row of their
// neighbours in the previous column (one barycentre sweep), which keeps most lines short.
// Pure and deterministic: the same graph and root give the same picture.

export interface LayeredNode {
  id: string;
  /** The node with its label, in model units. */
  width: number;
  height: number;
}

export interface LayeredOptions {
  /** Space between columns and between rows. */
  columnGap: number;
  rowGap: number;
}

export function layeredLayout(
  nodes: readonly LayeredNode[],
  neighbours: (id: string) => readonly string[],
  root: string | undefined,
  options: LayeredOptions,
): Map<string, { x: number; y: number }> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const levels = breadthFirstLevels(nodes, neighbours, root, byId);
  const row = new Map<string, number>();
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  for (const level of levels) {
    const ordered = level
      .map((id, index) => ({ id, key: barycentre(neighbours(id), row) ?? index }))
      .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : 1))
      .map((entry) => byId.get(entry.id) as LayeredNode);
    const width = Math.max(...ordered.map((node) => node.width));
    const height = ordered.reduce((sum, node) => sum + node.height, 0) + options.rowGap * (ordered.length - 1);
    let y = -height / 2;
    ordered.forEach((node, index) => {
      positions.set(node.id, { x: x + width / 2, y: y + node.height / 2 });
      row.set(node.id, index);
      y += node.height + options.rowGap;
    });
    x += width + options.columnGap;
  }
  return positions;
}

const barycentre = (ids: readonly string[], row: ReadonlyMap<string, number>): number | undefined => {
  const rows = ids.map((id) => row.get(id)).filter((value) => value !== undefined);
  return rows.length === 0 ? undefined : rows.reduce((sum, value) => sum + value, 0) / rows.length;
};

/** Columns from the root outwards; each further component starts from its best-connected actor. */
function breadthFirstLevels(
  nodes: readonly LayeredNode[],
  neighbours: (id: string) => readonly string[],
  root: string | undefined,
  byId: ReadonlyMap<string, LayeredNode>,
): string[][] {
  const levels: string[][] = [];
  const seen = new Set<string>();
  const starts = [...nodes]
    .sort((a, b) => neighbours(b.id).length - neighbours(a.id).length || (a.id < b.id ? -1 : 1))
    .map((node) => node.id);
  if (root !== undefined && byId.has(root)) starts.unshift(root);
  for (const start of starts) {
    if (seen.has(start)) continue;
    seen.add(start);
    let frontier = [start];
    for (let depth = 0; frontier.length > 0; depth++) {
      (levels[depth] ??= []).push(...frontier);
      const next: string[] = [];
      for (const id of frontier)
        for (const other of neighbours(id))
          if (byId.has(other) && !seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
      frontier = next;
    }
  }
  return levels;
}

// A developer's tool, not part of `npm run bench`: a heap snapshot of the page after a large
// import, summarised by constructor (self sizes), to see what holds the JS heap.
// `npx tsx scripts/bench/heapSnapshot.ts [size]` after `scripts/bench/profile.ts` built dist-prof-perf.
import { writeFileSync } from "node:fs";
import { importFile, openSyntheticSession } from "./syntheticSession";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** For the first string nodes starting with `prefix`: a chain of retainers up to a root, one line per step. */
export function retainers(snapshot: Snapshot, prefix: string, copies = 3, depth = 14): string[] {
  const fields = snapshot.snapshot.meta.node_fields;
  const width = fields.length;
  const types = snapshot.snapshot.meta.node_types[0];
  const edgeWidth = snapshot.snapshot.meta.edge_fields.length;
  const edgeTypes = snapshot.snapshot.meta.edge_types[0];
  const [typeAt, nameAt, countAt] = ["type", "name", "edge_count"].map((field) => fields.indexOf(field)) as [
    number,
    number,
    number,
  ];
  const nodeCount = snapshot.nodes.length / width;
  const retainedBy: Array<Array<[number, string]>> = Array.from({ length: nodeCount }, () => []);
  let edge = 0;
  for (let node = 0; node < nodeCount; node++) {
    const count = snapshot.nodes[node * width + countAt] ?? 0;
    for (let index = 0; index < count; index++, edge += edgeWidth) {
      const type = edgeTypes[snapshot.edges[edge] ?? 0] ?? "?";
      if (type === "weak") continue;
      const nameOrIndex = snapshot.edges[edge + 1] ?? 0;
      const to = (snapshot.edges[edge + 2] ?? 0) / width;
      const label =
        type === "element" || type === "hidden" ? `[${nameOrIndex}]` : (snapshot.strings[nameOrIndex] ?? "?");
      retainedBy[to]?.push([node, label]);
    }
  }
  const describe = (node: number) =>
    `${types[snapshot.nodes[node * width + typeAt] ?? 0]}:${(snapshot.strings[snapshot.nodes[node * width + nameAt] ?? 0] ?? "").slice(0, 50)}`;
  const lines: string[] = [];
  let found = 0;
  for (let node = 0; node < nodeCount && found < copies; node++) {
    if (types[snapshot.nodes[node * width + typeAt] ?? 0] !== "string") continue;
    if (!(snapshot.strings[snapshot.nodes[node * width + nameAt] ?? 0] ?? "").startsWith(prefix)) continue;
    found++;
    lines.push(`-- ${describe(node)}`);
    const seen = new Set([node]);
    let at = node;
    for (let step = 0; step < depth; step++) {
      const next = retainedBy[at]?.find(([from]) => !seen.has(from));
      if (!next) break;
      lines.push(`   <- ${next[1]} of ${describe(next[0])}`);
      seen.add(next[0]);
      at = next[0];
    }
  }
  return lines;
}

/**
 * Self size and count of the snapshot's nodes grouped by `keyOf(type, name)` (undefined: left out),
 * largest first.
 */
function totalsBy(
  snapshot: Snapshot,
  keyOf: (type: string, name: string | undefined) => string | undefined,
): Array<[string, number, number]> {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const totals = new Map<string, [number, number]>();
  for (let at = 0; at < snapshot.nodes.length; at += width) {
    const type = types[snapshot.nodes[at + typeAt] ?? 0] ?? "?";
    const key = keyOf(type, snapshot.strings[snapshot.nodes[at + nameAt] ?? 0]);
    if (key === undefined) continue;
    const entry = totals.get(key) ?? [0, 0];
    entry[0] += snapshot.nodes[at + sizeAt] ?? 0;
    entry[1] += 1;
    totals.set(key, entry);
  }
  return [...totals]
    .map(([key, [size, count]]) => [key, size, count] as [string, number, number])
    .sort((a, b) => b[1] - a[1]);
}

/** Self size by "type:name" (objects by constructor), largest first. */
export const bySelfSize = (snapshot: Snapshot) =>
  totalsBy(snapshot, (type, name) => {
    const named = type === "object" || type === "closure" || type === "native" ? (name ?? "?") : "";
    return `${type}:${named.slice(0, 60)}`;
  });

/** Strings by their pattern (digits as #, first 40 characters), largest first. */
export const stringsByPattern = (snapshot: Snapshot) =>
  totalsBy(snapshot, (type, name) => {
    if (type !== "string") return undefined;
    const text = name ?? "";
    return text.length > 2000
      ? `(long ${text.length}) ${text.slice(0, 40)}`
      : text.replace(/[0-9]+/g, "#").slice(0, 40);
  });

const size = Number(process.argv[2] ?? 20000);
const port = Number(process.env.PROFILE_PORT ?? 4411);
const outDir = process.env.PROFILE_OUT_DIR ?? "dist-prof-perf";
const { page, file, close } = await openSyntheticSession(size, outDir, port);
try {
  await importFile(page, file, size);
  await page.waitForTimeout(8000);
  const session = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  session.on("HeapProfiler.addHeapSnapshotChunk", (event: { chunk: string }) => chunks.push(event.chunk));
  await session.send("HeapProfiler.collectGarbage");
  await session.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  const text = chunks.join("");
  if (process.env.SNAPSHOT_FILE) writeFileSync(process.env.SNAPSHOT_FILE, text);
  const snapshot = JSON.parse(text) as Snapshot;
  let total = 0;
  const rows = bySelfSize(snapshot);
  for (const [, bytes] of rows) total += bytes;
  console.log(`total self size ${(total / 1048576).toFixed(1)} MiB`);
  for (const [key, bytes, count] of rows.slice(0, 25))
    console.log(`${(bytes / 1048576).toFixed(2).padStart(8)} MiB ${String(count).padStart(9)}  ${key}`);
  for (const prefix of (process.env.RETAINERS ?? "").split("|").filter(Boolean))
    console.log(retainers(snapshot, prefix).join("\n"));
  for (const [key, bytes, count] of stringsByPattern(snapshot).slice(0, 30))
    console.log(`${(bytes / 1048576).toFixed(2).padStart(8)} MiB ${String(count).padStart(9)}  ${key}`);
} finally {
  await close();
}

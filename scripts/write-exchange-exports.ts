// Writes the curated dataset as GEXF and GraphML (mutual relations as two directed edges, the
// option for readers that refuse mixed graphs) into a folder, with the counts each reader must
// find, for scripts/check-networkx.py.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDataset } from "../src/io/readDataset";
import { toGexf } from "../src/io/gexf/toGexf";
import { toGraphml } from "../src/io/graphml/toGraphml";
import { expandMutual } from "../src/io/exchange/mutualEdges";

const folder = process.argv[2] ?? "dist-exports";
mkdirSync(folder, { recursive: true });
const result = readDataset(readFileSync("data/assad-exile-network.json", "utf8"));
if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
const dataset = result.dataset;
const options = { mutualAsTwoEdges: true };
writeFileSync(join(folder, "dataset.gexf"), toGexf(dataset, options));
writeFileSync(join(folder, "dataset.graphml"), toGraphml(dataset, options));
writeFileSync(
  join(folder, "expected.json"),
  JSON.stringify({ nodes: dataset.actors.length, edges: expandMutual(dataset, options).length }),
);
console.log(`wrote ${folder}/dataset.gexf and dataset.graphml (${dataset.actors.length} actors)`);

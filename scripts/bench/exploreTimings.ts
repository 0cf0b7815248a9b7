// A developer's tool, not part of `npm run bench`: the bench's exploration measures at 20k
// (a selected actor's details, graph → table, table → graph, a sort of the relations table),
// each repeated, with the longest main-thread task around each, so that a change can be judged
// by medians taken back to back on a shared machine.
// `npx tsx scripts/bench/exploreTimings.ts [size] [runs]` (TIMINGS_PORT, TIMINGS_OUT_DIR;
// TIMINGS_NO_BUILD=1 serves an existing build, for comparing another commit's build).
import { spawnSync } from "node:child_process";
import type { Page } from "playwright-core";
import { measureDetails, measureSort, measureViewSwitch } from "./measures";
import { importFile, openSyntheticSession } from "./syntheticSession";
import { syntheticDataset } from "../synthetic";

const size = Number(process.argv[2] ?? 20000);
const runs = Number(process.argv[3] ?? 5);
const port = Number(process.env.TIMINGS_PORT ?? 4454);
const outDir = process.env.TIMINGS_OUT_DIR ?? "dist-prof-timings";

/** Starts recording long tasks; the returned function gives the longest since, after `settleMs`. */
async function watchTasks(page: Page): Promise<(settleMs: number) => Promise<number>> {
  await page.evaluate(`(() => {
    window.__watched = [];
    window.__watcher?.disconnect();
    window.__watcher = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__watched.push(entry.duration);
    });
    window.__watcher.observe({ type: "longtask" });
  })()`);
  return async (settleMs) => {
    await page.waitForTimeout(settleMs);
    return page.evaluate<number>("Math.max(0, ...window.__watched)");
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const line = (label: string, values: number[]) =>
  console.log(
    `${label.padEnd(44)} median ${median(values).toFixed(0).padStart(5)} ms   runs ${values.map((v) => v.toFixed(0)).join(", ")}`,
  );

if (
  !process.env.TIMINGS_NO_BUILD &&
  spawnSync("npx", ["vite", "build", "--logLevel", "error", "--mode", "e2e", "--outDir", outDir], {
    stdio: "inherit",
  }).status !== 0
)
  process.exit(1);
const names = syntheticDataset(size).actors.map((actor) => actor.name);
const { page, file, close } = await openSyntheticSession(size, outDir, port);
try {
  await page.waitForTimeout(1000);
  await importFile(page, file, size);
  // The layout worker's answer, the search index and the library write come in the seconds after.
  await page.waitForTimeout(8000);
  const details: number[] = [];
  const detailsLongest: number[] = [];
  // Actors 3 and 10 are hubs (low ids are, in the synthetic data); the others ordinary.
  for (const index of [12345, 3, 777, 15000, 10, 4321, 19999].slice(0, Math.max(runs, 2))) {
    const name = names[index] ?? "";
    const longest = await watchTasks(page);
    details.push(await measureDetails(page, name, name));
    detailsLongest.push(await longest(2500));
  }
  const toTable: number[] = [];
  const toGraph: number[] = [];
  const tableLongest: number[] = [];
  const graphLongest: number[] = [];
  const sortMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    let longest = await watchTasks(page);
    toTable.push(await measureViewSwitch(page, "Table", ".data-table tbody tr"));
    tableLongest.push(await longest(2000));
    if (run < 3) sortMs.push(await measureSort(page, "Relations and their claims", run % 2 === 0 ? "To" : "From"));
    longest = await watchTasks(page);
    toGraph.push(await measureViewSwitch(page, "Graph", "[data-testid=graph-overview][data-drawn-actors]"));
    graphLongest.push(await longest(2000));
  }
  console.log(`\n${size} actors, ${size * 3} relations`);
  line("a selected actor's details", details);
  line("  longest task within 2.5 s of it", detailsLongest);
  line("graph → table, first rows", toTable);
  line("  longest task within 2 s of it", tableLongest);
  line("sort the relations table (To / From)", sortMs);
  line("table → graph", toGraph);
  line("  longest task within 2 s of it", graphLongest);
} finally {
  await close();
}

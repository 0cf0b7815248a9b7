// `npm run bench`: the budgets of DESIGN §5, measured in headless Chromium (1440×900) on seeded
// synthetic datasets (1k/5k/20k actors, 3× relations; written to a temp folder, never committed).
// Prints a table: measure, budget, result, pass/fail.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { initialJavaScriptGzip } from "./bench/bundleSize";
import { longestTaskSinceRender, measureFileOpen, type FileOpening, measureFilterChange, measurePanZoom, measureSearch, type Row } from "./bench/measures";
import { debianDependencyGraphml } from "./bench/debianGraph";
import { measureTimeline } from "./bench/timeline";
import { syntheticDataset } from "./synthetic";

const port = 4411;
const outDir = "dist-bench";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const sizes = (process.env.BENCH_SIZES ?? "1000,5000,20000").split(",").map(Number);

const build = (args: string[]) => {
  if (spawnSync("npx", ["vite", "build", "--logLevel", "error", ...args], { stdio: "inherit" }).status !== 0) process.exit(1);
};
build([]);
const rows: Row[] = [];
const js = initialJavaScriptGzip("dist");
rows.push({ measure: "initial JavaScript (gzip)", budget: "≤ 350 KB", value: `${(js / 1024).toFixed(0)} KB`, pass: js <= 350 * 1024 });
build(["--mode", "e2e", "--outDir", outDir]);

const folder = mkdtempSync(join(tmpdir(), "tangle-bench-"));
const files = new Map(sizes.map((size) => {
  const file = join(folder, `synthetic-${size}.json`);
  writeFileSync(file, JSON.stringify(syntheticDataset(size)));
  return [size, file] as const;
}));

const server = spawn("npx", ["vite", "preview", "--outDir", outDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"], { stdio: "ignore", detached: true });
await new Promise((resolve) => setTimeout(resolve, 2500));
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--enable-precise-memory-info", "--js-flags=--expose-gc"],
});
try {
  const fresh = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount);
    return page;
  };
  // Timings on two shared cores move by ±30 % from run to run: small sizes take the median of 3.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const interactiveTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const curated = await fresh();
    interactiveTimes.push(await curated.evaluate(() => performance.now()));
    await curated.close();
  }
  const interactive = median(interactiveTimes);
  rows.push({ measure: "curated dataset interactive after navigation", budget: "≤ 1.5 s", value: `${(interactive / 1000).toFixed(2)} s`, pass: interactive <= 1500 });

  /** Opens `file` in `runs` fresh pages: the median opening, and the last page, left open. */
  const openRepeatedly = async (file: string, nodes: number, runs: number, label: string) => {
    const openings: FileOpening[] = [];
    let page = await fresh();
    for (let run = 0; run < runs; run++) {
      if (run > 0) {
        await page.close();
        page = await fresh();
      }
      // A person picks a file seconds after the page appears, not within the same frame.
      await page.waitForTimeout(1000);
      const opening = await measureFileOpen(page, file, nodes);
      console.log(`${label}: drawn after ${Math.round(opening.ms)} ms (${opening.phases})`);
      openings.push(opening);
    }
    const opened = { ms: median(openings.map((opening) => opening.ms)), settledMs: median(openings.map((opening) => opening.settledMs)) };
    return { opened, page };
  };

  const openBudget: Record<number, number> = { 1000: 500, 5000: 1500, 20000: 5000 };
  for (const [size, file] of files) {
    const { opened, page } = await openRepeatedly(file, size, size <= 5000 ? 3 : 1, `${size} actors`);
    const budget = openBudget[size] ?? 5000;
    rows.push({ measure: `file open → first rendered graph, ${size} actors`, budget: `≤ ${budget / 1000} s`, value: `${(opened.ms / 1000).toFixed(2)} s`, pass: opened.ms <= budget });
    if (size === 5000) {
      rows.push({ measure: "main thread settled after first render, 5k", budget: "≤ 2 s", value: `${(opened.settledMs / 1000).toFixed(2)} s`, pass: opened.settledMs <= 2000 });
      const filter = median([await measureFilterChange(page), await measureFilterChange(page), await measureFilterChange(page)]);
      rows.push({ measure: "filter change applied, 5k", budget: "≤ 100 ms", value: `${filter.toFixed(0)} ms`, pass: filter <= 100 });
      const fps = await measurePanZoom(page);
      rows.push({ measure: "pan/zoom redraws per second, 5k", budget: "≥ 2 /s", value: `${fps.toFixed(1)} /s`, pass: fps >= 2 });
      const longest = await longestTaskSinceRender(page);
      rows.push({ measure: "longest main-thread task while exploring 5k (open, filter, zoom)", budget: "≤ 200 ms", value: `${longest.toFixed(0)} ms`, pass: longest <= 200 });
    }
    if (size === 20000) {
      const search = await measureSearch(page, "Kamal mal");
      rows.push({ measure: "search results per keystroke, 20k (worst)", budget: "≤ 16 ms", value: `${search.toFixed(1)} ms`, pass: search <= 16 });
      const heap = await page.evaluate(() => {
        (globalThis as unknown as { gc?: () => void }).gc?.();
        return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
      });
      rows.push({ measure: "JS heap after load, 20k actors / 60k relations", budget: "≤ 200 MiB", value: `${(heap / 1048576).toFixed(0)} MiB`, pass: heap <= 200 * 1048576 });
      // Last on this page: the timeline brushes the time filter, which the graph then follows.
      const timeline = await measureTimeline(page);
      rows.push({ measure: `timeline opened, first rows, 20k (${timeline.claims} dated claims)`, budget: "—", value: `${(timeline.openMs / 1000).toFixed(2)} s`, pass: true });
      rows.push({ measure: "longest main-thread task, timeline open + brush + scroll, 20k", budget: "≤ 200 ms", value: `${timeline.longestTaskMs.toFixed(0)} ms`, pass: timeline.longestTaskMs <= 200 });
    }
    await page.close();
  }
  // A real graph: Debian's most depended-upon packages, from this machine's apt index.
  const debian = debianDependencyGraphml(5000);
  if (debian) {
    const file = join(folder, "debian-dependencies.graphml");
    writeFileSync(file, debian.graphml);
    const { opened, page } = await openRepeatedly(file, debian.nodes, 3, "Debian graph");
    await page.close();
    rows.push({ measure: `file open → first rendered graph, real GraphML (${debian.nodes} Debian packages, ${debian.edges} dependencies)`, budget: "≤ 1.5 s", value: `${(opened.ms / 1000).toFixed(2)} s`, pass: opened.ms <= 1500 });
  } else rows.push({ measure: "real ~5k-node graph file", budget: "≤ 1.5 s", value: "not measured: no apt package index here (run apt-get update)", pass: true });
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}

const width = Math.max(...rows.map((row) => row.measure.length));
console.log(`\n${"measure".padEnd(width)} | budget     | result        | ok`);
for (const row of rows) console.log(`${row.measure.padEnd(width)} | ${row.budget.padEnd(10)} | ${row.value.padEnd(13)} | ${row.pass ? "yes" : "NO"}`);


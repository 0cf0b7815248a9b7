// `npx tsx scripts/screenshots.ts [out-dir]`: screenshots of each view of the curated dataset,
// for docs/screenshots/ (reviewers see changes) — run `npm run test:e2e` or build dist-e2e first.
// TANGLE_E2E_DIR and TANGLE_SHOTS_PORT pick another build and port (parallel worktrees).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { syntheticDataset } from "./synthetic";
import { REAL_GRAPHS, REAL_GRAPHS_MISSING, realPath } from "../tests/e2e/realGraphs";

const outDir = process.argv[2] ?? "docs/screenshots";
const port = Number(process.env.TANGLE_SHOTS_PORT ?? 4399);
const distDir = process.env.TANGLE_E2E_DIR ?? "dist-e2e";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface Shot {
  name: string;
  hash: string;
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel: 2 on a 1440×900 window is 200 % browser zoom (720×450 CSS px). */
  scale?: number;
  /** Runs before the screenshot, e.g. to open a dialog. */
  prepare?: (page: Page) => Promise<void>;
}

/** Opens a synthetic file of `size` actors (every one drawn), then zooms in `zoomSteps` times. */
const largeGraph =
  (zoomSteps: number, size = 5000) =>
  async (page: Page) => {
    const file = join(mkdtempSync(join(tmpdir(), "tangle-shots-")), `synthetic-${size}.json`);
    writeFileSync(file, JSON.stringify(syntheticDataset(size)));
    await page.getByTestId("import-input").setInputFiles(file);
    await page.getByTestId("graph-detail").waitFor();
    // The synthetic file's warnings and the "Opened" notice would cover the graph.
    await page.getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: /^Dismiss: Opened/ }).click();
    await page.waitForTimeout(size > 5000 ? 14000 : 6000); // the layout worker's positions
    for (let step = 0; step < zoomSteps; step++) await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(1000);
  };

/** Exports the PNG (2×) and shows it in place of the app, so the shot is the exported picture. */
const exportedPng = async (page: Page) => {
  await page.waitForTimeout(1000);
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "PNG image (2×)" }).click();
  const file = await (await download).path();
  const url = `data:image/png;base64,${readFileSync(file).toString("base64")}`;
  const size = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    document.body.replaceChildren(image);
    image.style.width = `${image.naturalWidth / 2}px`;
    return { width: Math.ceil(image.naturalWidth / 2), height: Math.ceil(image.naturalHeight / 2) };
  }, url);
  await page.setViewportSize(size);
};

/** Opens a small file with one relation that has no claim (as imported from a bare graph file) and selects it. */
async function unsourcedRelation(page: Page, select = true): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), "tangle-shots-")), "unsourced.json");
  const dataset = JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")) as {
    origin?: unknown;
    relations: unknown[];
  };
  dataset.origin = { file: "network.gexf", format: "GEXF" };
  dataset.relations.push({ id: "rel-ada-militia", from: "ada-example", to: "sample-militia", kind: "allied-with" });
  writeFileSync(file, JSON.stringify(dataset));
  await page.getByTestId("import-input").setInputFiles(file);
  await page.waitForTimeout(1500);
  if (!select) return;
  await page.evaluate(
    () => (window.location.hash = window.location.hash.replace(/&?sel=[^&]*/, "") + "&sel=r:rel-ada-militia"),
  );
  await page.waitForTimeout(1200);
}

/** The editor in Arabic after three edits, the last one undone: its undo history worded in Arabic (issue 17). */
const editorHistoryArabic = async (page: Page) => {
  await page.getByRole("button", { name: "تحرير نسخة" }).click();
  const editor = page.getByRole("region", { name: "المحرر" });
  await editor.waitFor();
  for (const [actor, summary] of [
    ["Kamal Hassan", "ملخّص جديد"],
    ["Rami Makhlouf", "رجل أعمال"],
    ["Maher al-Assad", "قائد عسكري"],
  ] as const) {
    await page.getByRole("combobox", { name: "البحث عن الفاعلين" }).fill(actor);
    await page.getByRole("option").first().click();
    const form = editor.getByRole("form", { name: /^تحرير الفاعل/ });
    await form.getByLabel("ملخّص").fill(summary);
    await form.getByRole("button", { name: "حفظ الفاعل" }).click();
  }
  await editor.getByRole("button", { name: "تراجع", exact: true }).click();
  await editor.locator(".editor-history summary").click();
  await editor.locator(".editor-history").scrollIntoViewIfNeeded();
  await editor.getByRole("button", { name: "تراجع", exact: true }).hover();
};

/** Imports a file with bad rows and opens the report's groups (issue 17: problems in the reader's language). */
async function importIssues(page: Page): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), "tangle-shots-")), "شبكة-network.json");
  type Item = Record<string, unknown>;
  const dataset = JSON.parse(readFileSync("tests/fixtures/placeholder.json", "utf8")) as {
    actors: Item[];
    relations: Array<Item & { claims: Item[] }>;
  };
  const [first, second] = dataset.relations;
  if (!first || !second || !second.claims[0] || !dataset.actors[2] || !dataset.actors[1])
    throw new Error("placeholder.json changed");
  first.to = "nobody";
  second.claims[0].status = "rumoured";
  dataset.actors[1].colour = "red";
  dataset.actors[2].name = 5;
  writeFileSync(file, JSON.stringify(dataset, null, 2));
  await page.getByTestId("import-input").setInputFiles(file);
  const report = page.locator(".import-report");
  await report.waitFor();
  for (const summary of await report.locator("summary").all()) await summary.click();
}

/**
 * Opens a real file from another tool (../shared/real-graphs, never committed) as it was laid
 * out and coloured there; without the folder the shot shows the curated dataset, and says so.
 */
const realFile = (path: string, select?: string) => async (page: Page) => {
  if (!REAL_GRAPHS) {
    console.warn(`${REAL_GRAPHS_MISSING}: shot taken without ${path}`);
    return;
  }
  await page.getByTestId("import-input").setInputFiles(realPath(path));
  await page
    .getByRole("status", { name: "Notices" })
    .getByText(/^Opened/)
    .waitFor();
  await page.getByRole("button", { name: /^Dismiss: Opened/ }).click();
  // The import's warnings (no kinds, unsourced relations) would cover the graph.
  await page.getByRole("button", { name: "Close", exact: true }).click();
  if (select) {
    await page.getByRole("combobox", { name: "Search actors" }).fill(select);
    await page.getByRole("combobox", { name: "Search actors" }).press("Enter");
  }
  await page.waitForTimeout(1500);
};

/** Points at the 2025 funding claim on the timeline, so the shot shows a claim's hint. */
const hoverClaim = async (page: Page) => {
  await page.locator('[data-claim="cl-hassan-spent-1-5-million"]').hover();
};

/** Presses keys from the page top, as a keyboard-only person would (issue 17). */
const keys =
  (...presses: string[]) =>
  async (page: Page) => {
    for (const key of presses) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
  };

const shots: Shot[] = [
  { name: "explorer", hash: "" },
  { name: "actor-selected", hash: "#sel=a:rami-makhlouf" },
  { name: "relation-selected", hash: "#sel=r:rel-hassan-funds-fighters" },
  { name: "facts-only", hash: "#hs=claimed,disputed,denied" },
  { name: "table", hash: "#view=table" },
  { name: "path", hash: "#from=kamal-hassan&to=ahmed-al-sharaa" },
  { name: "ego-focus", hash: "#focus=kamal-hassan&depth=1" },
  { name: "large-overview", hash: "", prepare: largeGraph(0) },
  { name: "large-zoomed", hash: "", prepare: largeGraph(9) },
  { name: "large-20k-overview", hash: "", prepare: largeGraph(0, 20000) },
  // Issue 13: Gephi's Les Miserables.gexf with the layout and colours Gephi gave it, Valjean's weighted degree in the details.
  { name: "real-les-miserables-file-layout", hash: "", prepare: realFile("gephi-lite/Les Miserables.gexf", "Valjean") },
  { name: "real-les-miserables-opened", hash: "", prepare: realFile("gephi-lite/Les Miserables.gexf") },
  { name: "layout-force", hash: "" },
  { name: "layout-concentric", hash: "#layout=concentric" },
  { name: "layout-tree", hash: "#layout=breadthfirst" },
  { name: "projector-theme", hash: "#theme=projector", viewport: { width: 1280, height: 720 } },
  { name: "actor-edge-labels", hash: "#sel=a:kamal-hassan" },
  // Reflow (issue 14): the side panels are drawers over the graph below 1000 px and at 200 % zoom.
  { name: "reflow-800", hash: "#sel=a:rami-makhlouf", viewport: { width: 800, height: 900 } },
  { name: "reflow-800-closed", hash: "", viewport: { width: 800, height: 900 } },
  {
    name: "reflow-800-filters",
    hash: "",
    viewport: { width: 800, height: 900 },
    prepare: (page) => page.getByRole("button", { name: "Legend and filters" }).click(),
  },
  { name: "reflow-800-rtl", hash: "#lang=ar&sel=a:kamal-hassan", viewport: { width: 800, height: 900 } },
  { name: "reflow-200-zoom", hash: "", viewport: { width: 720, height: 450 }, scale: 2 },
  {
    name: "reflow-200-zoom-details",
    hash: "#sel=a:rami-makhlouf",
    viewport: { width: 720, height: 450 },
    scale: 2,
    prepare: (page) => page.locator("#side-panel").scrollIntoViewIfNeeded(),
  },
  { name: "exported-png", hash: "#sel=a:kamal-hassan", prepare: exportedPng },
  // Corrected relations (issue 10): a shared stake, Maher's relation, a rate and a count.
  { name: "relation-rooms-stake", hash: "#sel=r:rel-hassan-stake-in-rooms" },
  { name: "relation-maher", hash: "#sel=r:rel-maher-not-accepted-loss" },
  {
    name: "relation-pay-rate",
    hash: "#sel=r:rel-loyalists-fund-fighters",
    prepare: (page) => page.locator('[data-claim="cl-pay-20-30-dollars"]').scrollIntoViewIfNeeded(),
  },
  { name: "relation-interviews-count", hash: "#sel=r:rel-reuters-investigates-loyalists" },
  { name: "relation-no-response", hash: "#sel=r:rel-reuters-asked-hassan" },
  // The changed story steps: command rooms without the men's control, the threat without Maher, the non-responses.
  { name: "story-command-rooms", hash: "#story=exiles-and-money&step=6" },
  { name: "story-the-threat", hash: "#story=government-answer&step=2" },
  { name: "story-no-response", hash: "#story=exiles-and-money&step=9" },
  { name: "unsourced-relation", hash: "", prepare: unsourcedRelation },
  { name: "unsourced-graph", hash: "", prepare: (page) => unsourcedRelation(page, false) },
  { name: "timeline", hash: "#view=timeline", prepare: hoverClaim },
  { name: "timeline-projector", hash: "#view=timeline&theme=projector&tf=2025&tt=2025", prepare: hoverClaim },
  { name: "as-of-2024-11", hash: "#tf=2024-11&tt=2024-11&undated=0" },
  { name: "as-of-2025-09", hash: "#tf=2025-09&tt=2025-09&undated=0" },
  // Keyboard and screen reader (issue 17): the skip link, focus on a graph node and on a relation.
  { name: "a11y-skip-link", hash: "", prepare: keys("Tab") },
  { name: "a11y-graph-node-focus", hash: "", prepare: keys("Tab", "Enter", "ArrowRight", "ArrowRight") },
  { name: "a11y-graph-relation-focus", hash: "", prepare: keys("Tab", "Enter", "ArrowRight", "ArrowRight", "r") },
  // Languages (issue 17): Arabic right to left, Ukrainian, and the presenter in Arabic.
  { name: "explorer-ar", hash: "#lang=ar&sel=r:rel-hassan-funds-fighters" },
  { name: "explorer-uk", hash: "#lang=uk&sel=r:rel-loyalists-fund-fighters" },
  { name: "presenter-ar", hash: "#story=exiles-and-money&step=3&lang=ar" },
  { name: "editor-history-ar", hash: "#lang=ar", prepare: editorHistoryArabic },
  // A bad link's notices in Ukrainian: the link's own text (a right-to-left override, markup) isolated and inert.
  { name: "link-notice-uk", hash: "#lang=uk&view=%E2%80%AEgraph%3Cb%3Ebold%3C%2Fb%3E&hs=rumour&tf=yesterday&zz=1" },
  { name: "import-issue-ar", hash: "#lang=ar", prepare: importIssues },
  {
    name: "story-projector",
    hash: "#story=exiles-and-money&step=3&theme=projector",
    viewport: { width: 1280, height: 720 },
  },
];

const server = spawn(
  "npx",
  ["vite", "preview", "--outDir", distDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
  { stdio: "ignore", detached: true },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  for (const shot of shots.filter((entry) => process.argv.length < 4 || process.argv.slice(3).includes(entry.name))) {
    const page = await browser.newPage({
      viewport: shot.viewport ?? { width: 1440, height: 900 },
      deviceScaleFactor: shot.scale ?? 1,
    });
    await page.goto(`http://127.0.0.1:${port}/${shot.hash}`);
    await page
      .waitForFunction(
        () => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount,
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    await shot.prepare?.(page);
    await page.waitForTimeout(900);
    await page.screenshot({ path: `${outDir}/${shot.name}.png` });
    await page.close();
    console.log(`${outDir}/${shot.name}.png`);
  }
  await browser.close();
} finally {
  // npx starts vite as a child: kill the whole process group, or the port stays taken.
  if (server.pid) process.kill(-server.pid);
}

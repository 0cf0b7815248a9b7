// `npx tsx scripts/screenshots.ts [out-dir]`: screenshots of each view of the curated dataset,
// for docs/screenshots/ (reviewers see changes) — run `npm run test:e2e` or build dist-e2e first.
// TANGLE_E2E_DIR and TANGLE_SHOTS_PORT pick another build and port (parallel worktrees).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { syntheticDataset } from "./synthetic";

const outDir = process.argv[2] ?? "docs/screenshots";
const port = Number(process.env.TANGLE_SHOTS_PORT ?? 4399);
const buildDir = process.env.TANGLE_E2E_DIR ?? "dist-e2e";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface Shot {
  name: string;
  hash: string;
  viewport?: { width: number; height: number };
  /** Runs before the screenshot, e.g. to open a dialog. */
  prepare?: (page: Page) => Promise<void>;
}

/** Opens a 5,000-actor synthetic file (drawn at a level of detail), then zooms in `zoomSteps` times. */
const largeGraph = (zoomSteps: number) => async (page: Page) => {
  const file = join(mkdtempSync(join(tmpdir(), "tangle-shots-")), "synthetic-5000.json");
  writeFileSync(file, JSON.stringify(syntheticDataset(5000)));
  await page.getByTestId("import-input").setInputFiles(file);
  await page.getByTestId("graph-detail").waitFor();
  // The synthetic file's warnings and the "Opened" notice would cover the graph.
  await page.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: /^Dismiss: Opened/ }).click();
  await page.waitForTimeout(4000); // the layout worker's positions
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
  const { readFileSync } = await import("node:fs");
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
  { name: "layout-force", hash: "" },
  { name: "layout-concentric", hash: "#layout=concentric" },
  { name: "layout-tree", hash: "#layout=breadthfirst" },
  { name: "projector-theme", hash: "#theme=projector", viewport: { width: 1280, height: 720 } },
  { name: "actor-edge-labels", hash: "#sel=a:kamal-hassan" },
  { name: "reflow-800", hash: "#sel=a:rami-makhlouf", viewport: { width: 800, height: 900 } },
  { name: "exported-png", hash: "#sel=a:kamal-hassan", prepare: exportedPng },
  { name: "story-projector", hash: "#story=exiles-and-money&step=3&theme=projector", viewport: { width: 1280, height: 720 } },
];

const server = spawn("npx", ["vite", "preview", "--outDir", buildDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"], { stdio: "ignore", detached: true });
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  for (const shot of shots.filter((entry) => process.argv.length < 4 || process.argv.slice(3).includes(entry.name))) {
    const page = await browser.newPage({ viewport: shot.viewport ?? { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/${shot.hash}`);
    await page.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount, undefined, { timeout: 10_000 }).catch(() => undefined);
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

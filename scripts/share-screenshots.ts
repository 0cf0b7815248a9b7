// `npx tsx scripts/share-screenshots.ts [out-dir]`: screenshots of sharing (issue 18) for
// docs/screenshots/: the app embedded in a 600×400 frame of another page, with details open, the
// Embed code dialog, and a story page saved from the presenter and opened from disk with the
// network blocked (and its handout as printed). Build dist-e2e first (`npm run test:e2e`).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";

const outDir = process.argv[2] ?? "docs/screenshots";
const port = Number(process.env.TANGLE_SHOTS_PORT ?? 4398);
const distDir = process.env.TANGLE_E2E_DIR ?? "dist-e2e";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const app = `http://127.0.0.1:${port}/`;
const dataset = "assad-exile-network";

let hostHtml = "";
const host = createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end(`<!doctype html><html><head><title>Class page</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:24px;max-width:680px}</style></head>
<body><h1>Week 6: who pays the fighters?</h1><p>Read the network below before class. Click an actor to see the claims and their sources.</p>${hostHtml}<p>Questions for discussion follow.</p></body></html>`);
});
await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;

const server = spawn(
  "npx",
  ["vite", "preview", "--outDir", distDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
  {
    stdio: "ignore",
    detached: true,
  },
);

async function embedded(page: Page, hash: string, name: string): Promise<void> {
  hostHtml = `<iframe src="${app}${hash}&embed=1" width="600" height="400" title="Tangle" style="border:1px solid #ccc"></iframe>`;
  await page.goto(hostUrl);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame()) ?? page.mainFrame();
  await frame.waitForFunction(
    () => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount,
    undefined,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${outDir}/${name}.png` });
  console.log(`${outDir}/${name}.png`);
}

try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage({ viewport: { width: 760, height: 600 } });
  await embedded(page, `#d=${dataset}`, "embed-in-page");
  await embedded(page, `#d=${dataset}&sel=a:kamal-hassan`, "embed-details");

  const appPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await appPage.goto(`${app}#d=${dataset}&hs=claimed`);
  await appPage.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount);
  await appPage.getByRole("button", { name: "Embed", exact: true }).click();
  await appPage.waitForTimeout(500);
  await appPage.screenshot({ path: `${outDir}/embed-dialog.png` });
  console.log(`${outDir}/embed-dialog.png`);

  await appPage.goto(`${app}#d=${dataset}&story=exiles-and-money&step=1`);
  await appPage.getByRole("button", { name: "Save as page" }).click();
  await appPage.waitForTimeout(300);
  await appPage.screenshot({ path: `${outDir}/story-save-as-page.png` });
  console.log(`${outDir}/story-save-as-page.png`);
  const [download] = await Promise.all([
    appPage.waitForEvent("download"),
    appPage.getByRole("button", { name: "Download" }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), "tangle-story-")), "exiles-and-money.html");
  await download.saveAs(file);
  console.log(`story page: ${statSync(file).size} bytes`);

  const offline = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await offline.route("**", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  const story = await offline.newPage();
  await story.goto(`file://${file}`);
  await story.waitForTimeout(1500);
  await story.keyboard.press("ArrowRight");
  await story.keyboard.press("ArrowRight");
  await story.waitForTimeout(1500);
  await story.screenshot({ path: `${outDir}/story-page-file.png` });
  console.log(`${outDir}/story-page-file.png`);
  await story.evaluate(() => (window.print = () => undefined));
  await story.getByRole("button", { name: "Print handout" }).click();
  await story.locator(".handout").waitFor({ state: "attached" });
  await story.emulateMedia({ media: "print" });
  await story.waitForTimeout(800);
  await story.screenshot({ path: `${outDir}/story-page-handout.png` });
  console.log(`${outDir}/story-page-handout.png`);
  await browser.close();
} finally {
  host.close();
  // npx starts vite as a child: kill the whole process group, or the port stays taken.
  if (server.pid) process.kill(-server.pid);
}

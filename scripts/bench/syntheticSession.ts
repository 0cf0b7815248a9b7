// What the profiling scripts (profile.ts, heapSnapshot.ts) share: a seeded synthetic dataset
// written to a temp file, a preview server on a built app, and Chromium with precise memory
// figures and `gc` exposed, on a page where the app has drawn its first graph.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { syntheticDataset } from "../synthetic";
import { launchBenchBrowser } from "./benchBrowser";

export interface SyntheticSession {
  page: Page;
  /** The synthetic dataset's file, for `importFile`. */
  file: string;
  close: () => Promise<void>;
}

export async function openSyntheticSession(size: number, outDir: string, port: number): Promise<SyntheticSession> {
  const file = join(mkdtempSync(join(tmpdir(), "tangle-prof-")), `synthetic-${size}.json`);
  writeFileSync(file, JSON.stringify(syntheticDataset(size)));
  const { browser, url, close } = await launchBenchBrowser(outDir, port);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount);
    return { page, file, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Imports `file` through the Import button and waits until the graph holds `size` actors. */
export async function importFile(page: Page, file: string, size: number): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import…" }).click();
  await (await chooser).setFiles(file);
  await page.waitForFunction(
    (n) => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount === n,
    size,
  );
}

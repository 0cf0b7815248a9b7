// Shared steps for browser tests: open the app, read the test hook, watch the console.
import { expect, type Page } from "@playwright/test";
import type { GraphSnapshot } from "../../src/view";

/** What the graph shows, read through the e2e build's test hook. */
export type Snapshot = GraphSnapshot;

/** Collects console errors and page errors; assert it is empty at the end of a test. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export async function openApp(page: Page, hash = ""): Promise<void> {
  await page.goto(`./${hash}`);
  // Generous: a 2-core CI machine builds and serves while other browsers run.
  await expect(page.getByTestId("graph-canvas")).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount: number } | undefined)?.nodeCount);
}

export async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => window.__tangle!.snapshot!() as Snapshot);
}

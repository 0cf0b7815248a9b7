// Works offline: after one visit the service worker has every file, so a reload with no network
// still opens the curated dataset, and lazily loaded views (the table) still open.
import { expect, test } from "@playwright/test";
import { openApp, snapshot } from "./helpers";

test("after one visit the explorer opens and works with the network off", async ({ page, context }) => {
  await openApp(page);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    // Wait until the worker has installed (cached every file) and controls the page.
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    return registration.active?.state;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Assad's exiles/);
  await page.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount);
  expect((await snapshot(page)).nodeCount).toBeGreaterThan(20);
  await page.getByRole("button", { name: "Table", exact: true }).click();
  await expect(page.getByRole("table").first()).toBeVisible();
  await context.setOffline(false);
});

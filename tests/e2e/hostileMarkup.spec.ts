// Markup in every text field of a file stays text: on screen and in the exported SVG.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp } from "./helpers";

test("markup in every text field is shown as text and never runs", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/markup-in-text.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    '<img src=x onerror="window.__pwned=1">Markup title',
  );
  await page.getByRole("combobox", { name: "Search actors" }).fill("Ada");
  await page.getByRole("option").first().click();
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("<script>window.__pwned=2</script>Ada");
  await details
    .getByRole("button", { name: /show claims/ })
    .first()
    .click();
  await expect(details).toContainText('<a href="javascript:window.__pwned=4">click</a>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("iframe, script:not([src]), a[href^='javascript']").count()).toBe(0);
});

test("markup in names stays text in the exported SVG", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/markup-in-text.json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Markup title/);
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "SVG image" }).click();
  const svg = readFileSync(await (await download).path(), "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror") !== null,
      active: doc.querySelectorAll("script, img, iframe, foreignObject, [onerror], [onmouseover]").length,
      text: doc.documentElement.textContent ?? "",
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.active).toBe(0);
  expect(parsed.text).toContain("<script>window.__pwned=2</script>Ada");
});

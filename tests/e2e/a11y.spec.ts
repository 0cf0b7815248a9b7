// Automated accessibility audit (axe-core) of every view, dialog and theme: no violations at all,
// whatever their impact (issue 17).
import { expect, test, type Page } from "@playwright/test";
import { audit } from "./axe";
import { openApp } from "./helpers";

// The built page forbids inline scripts (CSP); the audit script is test tooling, not app code.
test.use({ bypassCSP: true });

const views: Array<[string, string]> = [
  ["explorer, nothing selected", ""],
  ["explorer, projector theme", "#theme=projector&sel=a:kamal-hassan"],
  ["presenter, light theme", "#story=exiles-and-money&step=0"],
  ["explorer with an actor selected", "#sel=a:rami-makhlouf"],
  ["a relation with its claims", "#sel=r:rel-hassan-funds-fighters"],
  ["path finder", "#from=kamal-hassan&to=ahmed-al-sharaa"],
  ["presenter, projector theme", "#story=exiles-and-money&step=2&theme=projector"],
  ["embedded view with details", "#sel=a:kamal-hassan&embed=1"],
];

for (const [name, hash] of views) {
  test(`no accessibility violations: ${name}`, async ({ page }) => {
    await openApp(page, hash);
    expect(await audit(page)).toEqual([]);
  });
}

test("no serious accessibility violations: the Embed code and Save as page dialogs", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Embed code" })).toBeVisible();
  expect(await audit(page)).toEqual([]);
  await openApp(page, "#story=exiles-and-money&step=1");
  await page.getByRole("button", { name: "Save as page" }).click();
  await expect(page.getByRole("dialog", { name: "Download story as a page" })).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

test("no accessibility violations: table view", async ({ page }) => {
  test.setTimeout(60_000); // axe over every row of the curated table takes ~30 s on a loaded 2-core machine
  await openApp(page);
  await page.getByRole("button", { name: "Table", exact: true }).click();
  await expect(page.getByRole("table").first()).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

test("no accessibility violations: timeline view with 'as of' playback, projector theme", async ({ page }) => {
  await openApp(page, "#theme=projector&tf=2025-03&tt=2025-03");
  await page.getByRole("button", { name: "Timeline", exact: true }).click();
  await expect(page.getByRole("list", { name: /^Claims over time/ })).toBeVisible();
  await expect(page.getByRole("group", { name: "As of" })).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

const dialogs: Array<[string, (page: Page) => Promise<void>]> = [
  [
    "keyboard shortcuts dialog",
    async (page) => {
      await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
      await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    },
  ],
  [
    "library dialog",
    async (page) => {
      await page.getByRole("button", { name: "Library" }).click();
      await expect(page.getByRole("dialog", { name: "Library of networks" })).toBeVisible();
    },
  ],
  [
    "export menu",
    async (page) => {
      await page.getByRole("button", { name: "Export", exact: true }).click();
      await expect(page.getByRole("button", { name: "GraphML", exact: true })).toBeVisible();
    },
  ],
  [
    "an import's list of problems",
    async (page) => {
      await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/broken-references.json");
      await expect(page.getByRole("alert", { name: /could not be imported/ })).toBeVisible();
    },
  ],
  [
    "stories panel",
    async (page) => {
      await page.getByRole("button", { name: "Stories", exact: true }).click();
      await expect(page.getByRole("region", { name: "Stories" })).toBeVisible();
    },
  ],
  [
    "editor",
    async (page) => {
      await page.getByRole("button", { name: "Edit a copy" }).click();
      await expect(page.getByRole("region", { name: "Editor" })).toBeVisible();
    },
  ],
  [
    "editor: a new relation's form",
    async (page) => {
      await page.getByRole("button", { name: "Edit a copy" }).click();
      await page.getByRole("combobox", { name: "Search actors" }).fill("Kamal Hassan");
      await page.getByRole("option").first().click();
      await page.getByRole("region", { name: "Editor" }).getByRole("button", { name: "New relation…" }).click();
      await expect(page.getByRole("form", { name: "New relation" })).toBeVisible();
    },
  ],
  [
    "library: rename dialog",
    async (page) => {
      await page.getByRole("button", { name: "Edit a copy" }).click();
      await expect(page.getByRole("region", { name: "Editor" })).toBeVisible();
      await page.getByRole("button", { name: "Library" }).click();
      await page
        .getByRole("button", { name: /^Rename / })
        .first()
        .click();
      await expect(page.getByRole("dialog", { name: /^Rename / })).toBeVisible();
    },
  ],
];

for (const [name, open] of dialogs) {
  test(`no accessibility violations: ${name}`, async ({ page }) => {
    await openApp(page);
    await open(page);
    expect(await audit(page)).toEqual([]);
  });
}

test("no accessibility violations with more contrast asked for", async ({ page }) => {
  await page.emulateMedia({ contrast: "more" });
  await openApp(page, "#sel=r:rel-hassan-funds-fighters");
  // The stylesheet answered: borders go black.
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--border").trim()),
  ).toBe("#000");
  expect(await audit(page)).toEqual([]);
});

test("no accessibility violations: editor forms (a relation with its claims, a new actor)", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Edit a copy" }).click();
  const editor = page.getByRole("region", { name: "Editor" });
  await expect(editor).toBeVisible();
  // The copy opens with nothing selected: pick a relation through the details panel.
  await page.getByRole("combobox", { name: "Search actors" }).fill("Kamal Hassan");
  await page.getByRole("option").first().click();
  await page
    .getByRole("complementary", { name: "Details" })
    .getByRole("button", { name: /show claims/ })
    .first()
    .click();
  await expect(editor.getByRole("form", { name: "Edit relation" })).toBeVisible();
  expect(await audit(page)).toEqual([]);
  await editor.getByRole("button", { name: "New actor" }).click();
  await expect(page.getByRole("form", { name: "New actor" })).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

test.describe("narrow window (800 px): panels as drawers", () => {
  test.use({ viewport: { width: 800, height: 900 } });
  for (const [name, hash, button] of [
    ["details drawer open", "#sel=a:rami-makhlouf", undefined],
    ["legend drawer open", "", "Legend and filters"],
  ] as const) {
    test(`no accessibility violations: ${name}`, async ({ page }) => {
      await openApp(page, hash);
      if (button) await page.getByRole("button", { name: button }).click();
      await expect(page.getByRole("button", { expanded: true })).toHaveCount(1);
      expect(await audit(page)).toEqual([]);
    });
  }
});
